<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB">
<context>
    <name>Alert</name>
    <message>
        <source>Lot %1: %2 % of its maximum ordered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 % of the contract&apos;s maximum ordered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lot %1 is past its maximum.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The contract is past its maximum.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lot %1: its minimum is not reached and the contract ends on %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The contract&apos;s minimum is not reached and the contract ends on %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The firm period ends on %1, in %n day(s): the renewal decision is due.</source>
        <translation>
            <numerusform>The firm period ends on %1, in %n day: the renewal decision is due.</numerusform>
            <numerusform>The firm period ends on %1, in %n days: the renewal decision is due.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Renewal period %1 ends on %2, in %n day(s): the renewal decision is due.</source>
        <translation>
            <numerusform>Renewal period %1 ends on %2, in %n day: the renewal decision is due.</numerusform>
            <numerusform>Renewal period %1 ends on %2, in %n days: the renewal decision is due.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The contract ends on %1, in %n day(s).</source>
        <translation>
            <numerusform>The contract ends on %1, in %n day.</numerusform>
            <numerusform>The contract ends on %1, in %n days.</numerusform>
        </translation>
    </message>
    <message>
        <source>Work unit %1 (lot %2): %3 % of its %4 budget ordered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 % of its allocation on lot %3 ordered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 % of its allocation of work unit %3 (lot %4) ordered.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AmendmentWarning</name>
    <message>
        <source>Lot %1: the amendments add up to %2 % of its initial maximum since %3, past the 10 % allowed for small modifications.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The contract&apos;s amendments add up to %1 % of its initial maximum since %2, past the 10 % allowed for small modifications.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lot %1: the amendment of %2 changes %3 % of its initial maximum, past the 50 % allowed for one modification.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The amendment of %1 changes %2 % of the contract&apos;s initial maximum, past the 50 % allowed for one modification.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CeilingCheck</name>
    <message>
        <source>This order of %1 would take the lot to %2, %3 past its maximum of %4.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>Database file or postgresql:// URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PATH|URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language of the interface and the messages: fr or en.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fr|en</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the window on the demo database (created when missing).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>REF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>summary: output format, json (default) or csv.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>json|csv</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--lang: %1 is not a supported language (fr, en)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: unexpected argument %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: --db PATH is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--demo and --db cannot be used together</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: no such database file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--format: %1 is not a supported format (json, csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--as-of: %1 is not a date (YYYY-MM-DD)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--demo does not apply to the %1 command</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the file already exists; the demo is only written to a new file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo database written to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--contract: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plafond</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>summary, report, export: only the contract with this reference.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>summary, report: the date of the figures (default: today).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>report: every contract (the portfolio) instead of one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>report: write PDF/A-1b, for archiving.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>report, export: the file to write.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>export: fr (&apos;;&apos;, decimal comma, byte order mark; the default) or standard (&apos;,&apos;, decimal point).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fr|standard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>export: what to export is missing (orders)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>export: %1 cannot be exported (orders)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--contract and --all cannot be used together</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>report: --contract REF or --all is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>report: --out FILE.pdf is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>export: --out FILE is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--dialect: %1 is not a supported dialect (fr, standard)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the summary, report and export commands</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the summary and report commands</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the summary command</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the report command</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the report and export commands</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the export command</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 only applies to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Report written to %1 (%n page(s))</source>
        <translation>
            <numerusform>Report written to %1 (%n page)</numerusform>
            <numerusform>Report written to %1 (%n pages)</numerusform>
        </translation>
    </message>
    <message>
        <source>Orders written to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>import: check the file and tell what would change, writing nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>demo, summary, report, export or import; none opens the window.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: unknown command (commands: demo, summary, report, export, import; see --help)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>import: the file to import is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the import command</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot read the file: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dry run: nothing written. The import would add:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>import sill: skip the malformed entries (still told on stderr) instead of refusing the file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dry run: nothing written. The import would leave:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plafond supervises framework contracts: orders, service done, invoices and payments against each lot&apos;s ceiling.

Commands:
  (none)     open the window on --db, --demo, the last database used or the default one
  demo       --db PATH: write the demo database to PATH, which must not exist yet
  summary    --db PATH [--contract REF] [--as-of YYYY-MM-DD] [--format json|csv]:
             print the figures of the contracts at a date (amounts in cents in JSON,
             one row per lot in CSV)
  report     --db PATH (--contract REF | --all) [--as-of YYYY-MM-DD] [--lang fr|en] [--pdfa]
             --out FILE.pdf: the PDF summary of a contract, or the portfolio of all of them
  export     orders --db PATH [--contract REF] --out FILE [--dialect fr|standard]:
             the orders, one row per order line, in the orders CSV format
  import     contract|orders|syntec FILE --db PATH [--dry-run]: a contract definition (JSON),
             orders (CSV) or Syntec index values (CSV, corrections kept as history);
             everything is checked first, then written at once or not at all
  import     sill FILE --db PATH [--dry-run] [--skip-invalid]: a SILL catalogue (2022 JSON,
             2022 or 2020 CSV) into the component catalogue; re-import updates

Exit codes: 0 success, 1 runtime failure, 2 invalid input (the message is on stderr).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--skip-invalid only applies to import sill</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>import: what to import is missing (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>import: %1 cannot be imported (%2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConsumptionEngine</name>
    <message>
        <source>The date of the figures is not valid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no contract %1 in this database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The amounts of contract %1 are too large to add up.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ContractImport</name>
    <message>
        <source>%1unknown key &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1&quot;%2&quot; is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1%2: %3 is expected, not %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1%2: the text is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1%2: amounts are decimal strings in quotes, not numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1%2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1%2: &quot;%3&quot; is negative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1%2: %3 is not a whole number from %4 to %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1%2: &quot;%3&quot; is not a date (YYYY-MM-DD)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a contract definition is a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reference: contract %1 is already in this database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>vat_rate_percent: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>vat_rate_percent: &quot;%1&quot; is not a rate from 0 to 100</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>min_ht: the minimum is above the maximum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>revision: index: &quot;%1&quot; is not a supported index (SYNTEC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>revision: base_month: &quot;%1&quot; is not a month (YYYY-MM)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>revision: fixed_part: &quot;%1&quot; is not a decimal from 0 to 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lots: a contract has at least one lot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lots: lot %1 appears twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lots: a lot is an object, not %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lot: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>holders: a holder is an object, not %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>holder: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>holder: siret: &quot;%1&quot; is not a valid SIRET (14 digits, checksum)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>holder: role: &quot;%1&quot; is not a role (lead, co-contractor, subcontractor)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>work_units: a work unit is an object, not %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>work unit: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>work unit %1: two prices from %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>beneficiaries: a beneficiary is an object, not %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>beneficiary: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>beneficiary %1 appears twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>beneficiary %1: its parent %2 is its own descendant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>beneficiary %1: parent &quot;%2&quot; is neither in the file nor in the database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot start a transaction.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The import could not be committed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>contract %1: %2, maximum %3 excl. VAT</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>lot %1: %2, %n work unit(s)</source>
        <translation>
            <numerusform>lot %1: %2, %n work unit</numerusform>
            <numerusform>lot %1: %2, %n work units</numerusform>
        </translation>
    </message>
    <message>
        <source>beneficiary %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CsvExport</name>
    <message>
        <source>%1 is not the reference of a contract in this database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot write the file: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DashboardValues</name>
    <message>
        <source>%1%</source>
        <extracomment>A percentage: %1 is the number. French puts a (non-breaking) space before the sign.</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DataGenerator</name>
    <message>
        <source>The scale must be between 1 and 1000.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database already holds contracts: the generated data only goes into an empty one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot start a transaction.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The generated data could not be committed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>Cannot connect to %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Migration to schema version %1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot record schema version %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: no such database file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a Plafond database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was written by a newer version of Plafond (schema version %2; this version reads up to %3). Open it with a newer Plafond.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot back up %1 to %2 before migrating it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DemoData</name>
    <message>
        <source>The demo&apos;s list of beneficiaries is missing from the application.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo&apos;s list of beneficiaries is not valid JSON: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo beneficiary %1: its parent %2 is not listed before it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo beneficiary %1 is not in the list of beneficiaries.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo lot %1 of %2 would be past its maximum.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot start a transaction on the database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database already holds contracts: the demo is only written to an empty database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo could not be committed to the database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the file already exists; the demo is only written to a new file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the SILL catalogue of the demo: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FormFields</name>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Importer</name>
    <message>
        <source>Contract definition (JSON)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Orders (CSV)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SILL catalogue (JSON or CSV)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Syntec index (CSV)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DECP essential data (JSON)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Support tickets (CSV)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON files (*.json);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SILL files (*.json *.csv);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contract imported from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n order(s) imported from %1</source>
        <translation>
            <numerusform>%n order imported from %1</numerusform>
            <numerusform>%n orders imported from %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Syntec index imported from %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Components imported from %1:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IndexSeries</name>
    <message>
        <source>the text is not UTF-8</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the header is not %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 fields instead of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1-%2&quot; is not a month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>series: &quot;%1&quot; is neither old nor revised</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the old series ends in August 2022</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the revised series starts in August 2022</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>value: &quot;%1&quot; is not an index value with at most one decimal</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>JsonTree</name>
    <message>
        <source>unexpected text after the JSON value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a control character or line break inside a string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a \u escape without four hexadecimal digits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an unknown escape \%1 in a string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the text ends inside a string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>values nested too deeply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the text ends where a value is expected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the text ends inside an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a key in quotes is expected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;:&apos; is expected after the key &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the key &quot;%1&quot; appears twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;,&apos; or &apos;}&apos; is expected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the text ends inside an array</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;,&apos; or &apos;]&apos; is expected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a value is expected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the text is not UTF-8</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>null</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a boolean</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an array</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an object</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Lifecycle</name>
    <message>
        <source>Draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invoiced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order %1 is already at &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order %1 is at &quot;%2&quot;: it cannot change any more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order %1 cannot be cancelled: its service is already done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order %1 cannot go from &quot;%2&quot; to &quot;%3&quot;: the next step is &quot;%4&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order %1: the date of step &quot;%2&quot; is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order %1 cannot be at &quot;%2&quot; on %3, before it was at &quot;%4&quot; on %5.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Money</name>
    <message>
        <source>empty amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no digits in &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>&quot;%1&quot; has more than %n decimal(s)</source>
        <translation>
            <numerusform>&quot;%1&quot; has more than %n decimal</numerusform>
            <numerusform>&quot;%1&quot; has more than %n decimals</numerusform>
        </translation>
    </message>
    <message>
        <source>&quot;%1&quot; is too large</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OrdersImport</name>
    <message>
        <source>%1:%2: unexpected text after a closing quote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1:%2: a quoted field is not closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the text is not UTF-8</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the header is missing (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the header mixes &apos;;&apos; and &apos;,&apos; between its fields</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the header has %1 columns instead of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>column %1 of the header is &quot;%2&quot; where &quot;%3&quot; is expected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file has no order line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the fields are separated by &apos;%1&apos; while the header uses &apos;%2&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 fields instead of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; has a decimal %2 while line %3 has a decimal %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>comma</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>point</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>contract: the reference is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>contract: &quot;%1&quot; is not a contract of this database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lot: &quot;%1&quot; is not a lot number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lot: contract %1 has no lot %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>order: the order number is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>beneficiary: &quot;%1&quot; is not a beneficiary of this database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a date (YYYY-MM-DD or DD/MM/YYYY)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>status: &quot;%1&quot; is not a status (draft, issued, done, invoiced, paid, cancelled)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>work_unit: lot %1 has no work unit &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>quantity: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>quantity: &quot;%1&quot; is not greater than zero</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unit_price_ht: empty, and there is no issue date to take the schedule&apos;s price at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unit_price_ht: empty, and work unit %1 has no price on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unit_price_ht: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unit_price_ht: &quot;%1&quot; is negative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the amount of the line is too large</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>order %1 is already at line %2 with another lot, beneficiary, status or date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>order %1 already exists in contract %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: a date is given but the status is %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the date is missing for status %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the orders of this lot add up to an amount too large</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>order %1 takes its lot past its maximum of %2 (ordered with this file: %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot start a transaction.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The import could not be committed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>order %1 of contract %2: %n line(s), %3 excl. VAT, %4</source>
        <translation>
            <numerusform>order %1 of contract %2: %n line, %3 excl. VAT, %4</numerusform>
            <numerusform>order %1 of contract %2: %n lines, %3 excl. VAT, %4</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Plafond::AlertsModel</name>
    <message>
        <source>Information</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Critical</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lot %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contract</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lot</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Plafond::BeneficiariesDialog</name>
    <message>
        <source>Beneficiaries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;top-level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;under selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redo: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. DGFIP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;ode:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Parent:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New beneficiary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Selected beneficiary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(top level)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1%2 — %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Beneficiary not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The code %1 is already used by %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit beneficiary %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add beneficiary %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Beneficiary not removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove beneficiary %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Plafond::ComponentsModel</name>
    <message>
        <source>%1 lot %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recommended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In observation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No longer recommended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Component</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SILL id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Licence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Versions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Covered by</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Plafond::ComponentsWidget</name>
    <message>
        <source>&amp;Coverage:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Lot:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;ategory:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All components</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Covered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not covered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any lot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 catalogued components covered, of %3 in the contract&apos;s stated scope</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n component(s) in the catalogue</source>
        <translation>
            <numerusform>%n component in the catalogue</numerusform>
            <numerusform>%n components in the catalogue</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Plafond::ConsumptionSeriesModel</name>
    <message>
        <source>%1 (forecast)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ordered in the month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ordered, cumulative</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Plafond::ContractDialog</name>
    <message>
        <source> months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An amount is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not an amount: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The amount cannot be negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contract</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. MEF-ELL-2020</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reference:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Buyer:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number of software components the contract covers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Components in scope:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Notified on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Start date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>D&amp;uration:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Firm period:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number of rene&amp;wals:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Length of each renewa&amp;l:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amounts (excl. VAT)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>M&amp;inimum:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>M&amp;aximum:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The amount announced at award, when it differs from the maximum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Awar&amp;ded amount:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;VAT rate (%):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Price revision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inde&amp;x:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>YYYY-MM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Base &amp;month:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The part a of P = P0 × (a + (1 − a) × S / S0), between 0 and 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fixed &amp;part:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claus&amp;e:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A rate in percent is expected, with at most two decimals (e.g. %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The rate cannot be above 100 %.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A reference is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The minimum is above the maximum.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A month is expected as YYYY-MM, e.g. 2020-06.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A decimal number between 0 and 1 is expected, e.g. %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The firm period is longer than the contract.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (firm period until %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contract not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contract %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New contract</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A contract with the reference %1 already exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit contract %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create contract %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The contract %1 no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Percentages of the maximum that raise an alert, in ascending order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alert t&amp;hresholds (%):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whole percentages between 1 and 200, in ascending order, separated by commas, e.g. 70, 90, 100.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Plafond::ContractTreeModel</name>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Holders not provided</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lot %1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contract / lot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Maximum excl. VAT</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Plafond::DashboardWidget</name>
    <message>
        <source>Choose a contract or a lot on the left to see its dashboard.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No database is open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The dashboard cannot be computed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · Lot %2 — %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service done %1 · invoiced %2 · paid %3 (excl. VAT)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No threshold is reached.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Already reached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not before the end</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>At %1 a month, the rate of the last %n month(s); the contract ends on %2.</source>
        <translation>
            <numerusform>At %1 a month, the rate of the last month; the contract ends on %2.</numerusform>
            <numerusform>At %1 a month, the rate of the last %n months; the contract ends on %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Alerts (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lot %1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ordered: %1 (%2 of the total), directions and bodies included</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click to list its orders.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ordered: %1 (%2 of the amount)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quantity: %1 of a budget of %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quantity: %1, no budget set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forecast for %1: %2 ordered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ordered by %1: %2 (%3 in the month)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Maximum excl. VAT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ordered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remaining</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consumed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Maximum reached (forecast)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;s of:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move through the contract&apos;s life: every figure and chart follows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Double-click or press Enter on an alert to show its lot.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consumption of each lot, in % of its maximum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cumulative amount ordered, in k€ excl. VAT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spending per ministry, in k€ excl. VAT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Work-unit mix and budget used, in %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forecast</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Maximum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thresholds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invoiced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consumption of the lot, in % of its maximum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1% threshold is reached.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Budget (100%)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Plafond::ExportActions</name>
    <message>
        <source>Export PDF &amp;summary…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A PDF summary of a contract, or of all of them, at a date, for audit and archiving</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export table as &amp;CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The orders table as it is shown, with its filters and sort, for a spreadsheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export PDF summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no contract in this database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>French spreadsheet (;, decimal comma)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Standard (comma, decimal point)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export table as CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Format:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Plafond::LotConsumptionModel</name>
    <message>
        <source>Lot %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Maximum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ordered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invoiced, not paid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done, not invoiced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ordered, not done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remaining</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consumed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Plafond::LotDialog</name>
    <message>
        <source>An amount is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not an amount: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The amount cannot be negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Number:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>M&amp;inimum (excl. VAT):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>M&amp;aximum (excl. VAT):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Holders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SIRET</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Holders not provided</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;dd holder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove holder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lead contractor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Co-contractor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subcontractor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The minimum is above the maximum.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The holder on row %1 has no name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SIRET %1 is not valid: 14 digits with a correct checksum are expected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lot not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lot %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New lot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lot %1 already exists in this contract.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit lot %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create lot %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lot %1 no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Plafond::MainWindow</name>
    <message>
        <source>Plafond</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — Plafond</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New database…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open database…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the &amp;demo database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New order…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit order…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New &amp;contract…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit c&amp;ontract…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New &amp;lot…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit l&amp;ot…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit &amp;price schedule…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Beneficiaries…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Clear filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Issue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark service &amp;done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark &amp;invoiced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark &amp;paid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Cancel order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Plafond</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo data: the two contracts are real, but their prices, orders and amounts are illustrative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order, contract, beneficiary or commitment number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Beneficiary:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;tatus:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database was upgraded; the previous version is kept in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All beneficiaries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All contracts. Choose a contract or a lot on the left.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No database is open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lot %1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;Maximum %2 · ordered %3 (%4 %) · service done %5 · invoiced %6 · paid %7 · remaining %8</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n order(s) · %1 excl. VAT · %2 incl. VAT</source>
        <translation>
            <numerusform>%n order · %1 excl. VAT · %2 incl. VAT</numerusform>
            <numerusform>%n orders · %1 excl. VAT · %2 incl. VAT</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Delete %n order(s)? You can undo it.</source>
        <translation>
            <numerusform>Delete %n order? You can undo it.</numerusform>
            <numerusform>Delete %n orders? You can undo it.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n order(s)</source>
        <translation>
            <numerusform>Delete %n order</numerusform>
            <numerusform>Delete %n orders</numerusform>
        </translation>
    </message>
    <message>
        <source>Orders not deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Maximum exceeded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1

To issue anyway, give the reason for overriding the maximum (it is recorded):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not issued: the maximum was not overridden.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1: %n order(s)</source>
        <translation>
            <numerusform>%1: %n order</numerusform>
            <numerusform>%1: %n orders</numerusform>
        </translation>
    </message>
    <message>
        <source>Date of the step &quot;%1&quot;:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open the database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plafond databases (*.plafond *.sqlite);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already exists: choose a new file name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Plafond</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;Plafond %1&lt;/h3&gt;&lt;p&gt;Supervision of public framework contracts: what was ordered, delivered, invoiced and paid against each ceiling.&lt;/p&gt;&lt;p&gt;Free software under the GNU GPL, version 3 or later.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open the demo database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Dashboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Components</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Plafond::MinistrySpendingModel</name>
    <message>
        <source>Others</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n other beneficiary(ies)</source>
        <translation>
            <numerusform>%n other beneficiary</numerusform>
            <numerusform>%n other beneficiaries</numerusform>
        </translation>
    </message>
    <message>
        <source>Ministry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ordered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Plafond::OrderEditorDialog</name>
    <message>
        <source>Order %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New purchase order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — lot %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Issue the order on this date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Override the maximum (the override is recorded)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason for going past the maximum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Lot:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Beneficiary:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order &amp;number:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Commitment number (EJ):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total excl. VAT:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VAT:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total incl. VAT:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2 %)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The order needs a number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a beneficiary.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lot maximum %1; already ordered %2; with this order %3 (%4 %).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This order goes past the lot&apos;s maximum: it is refused unless you override the maximum explicitly.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the reason for going past the maximum.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit order %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New order %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order not saved</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Plafond::OrderLinesModel</name>
    <message>
        <source>The order has no line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1: choose a work unit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1: the quantity must be more than zero.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1: work unit %2 has no price on %3 in the unit price schedule.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No price for %1 on this date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(choose)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Work unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit price excl. VAT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount excl. VAT</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Plafond::OrdersTableModel</name>
    <message>
        <source>Ordered past the lot&apos;s maximum, with an explicit override</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contract</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Beneficiary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commitment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount excl. VAT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount incl. VAT</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Plafond::PriceSchedulesDialog</name>
    <message>
        <source>Unit price schedule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit price schedule — lot %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit price schedule — lot %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>French label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>English label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Price in force</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Work units</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New work unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove work unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redo: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. AUDIT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;ode:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;French label:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;English label:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Unit:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Price excl. VAT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fro&amp;m:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pr&amp;ice excl. VAT:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;hange selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Price on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New work unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;work unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Selected work unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save &amp;work unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prices of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In force on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prices (save the work unit first)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not an amount: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A price cannot be negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Work unit not found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Work unit not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The work unit %1 already exists in this lot.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit work unit %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add work unit %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove work unit %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Price not added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already has a price from %2: select it to change it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add price of %1 from %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Price not changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already has a price from %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change price of %1 from %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove price of %1 from %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Work unit not removed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Plafond::ReportDialog</name>
    <message>
        <source>Export PDF summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All contracts (portfolio)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF/A-1b, for archiving</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Contract:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Figures &amp;as of:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Press Preview to see the pages.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preparing the report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing the report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Plafond::WorkUnitMixModel</name>
    <message>
        <source>No budget is set for this work unit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Work unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ordered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quantity ordered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Budget</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share of the amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Budget used</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Plafond::Workspace</name>
    <message>
        <source>The change could not be written to the database.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PriceRevision</name>
    <message>
        <source>the Syntec index of %1 is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the revised price is too large</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportBuilder</name>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lead contractor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>co-contractor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>subcontractor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The date of the figures is not valid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not the reference of a contract in this database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no contract in this database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The report was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Portfolio of framework contracts as of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consumption of every contract against its maximum as of %1: ordered, service done, invoiced, paid, alerts and forecasts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary of contract %1 as of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2): orders, service done, invoices and payments against the maximum as of %3, with every purchase order.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Maximum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ordered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invoiced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remaining</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contract</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Critical</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Information</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alerts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No alert as of %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forecast</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At this rate the maximum will be reached on %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At this rate the maximum will not be reached before the end of the contract (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Ordered over the last %n month(s): %1 a month on average.</source>
        <translation>
            <numerusform>Ordered over the last month: %1 a month on average.</numerusform>
            <numerusform>Ordered over the last %n months: %1 a month on average.</numerusform>
        </translation>
    </message>
    <message>
        <source>Reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Buyer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not provided</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notified on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(initially to %1, extended by amendment)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duration</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n month(s)</source>
        <translation>
            <numerusform>%n month</numerusform>
            <numerusform>%n months</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(%n initially)</source>
        <translation>
            <numerusform>(%n initially)</numerusform>
            <numerusform>(%n initially)</numerusform>
        </translation>
    </message>
    <message>
        <source>Firm period</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n month(s), to %1</source>
        <translation>
            <numerusform>%n month, to %1</numerusform>
            <numerusform>%n months, to %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Renewals</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n renewal(s)</source>
        <translation>
            <numerusform>%n renewal</numerusform>
            <numerusform>%n renewals</numerusform>
        </translation>
    </message>
    <message>
        <source>Minimum excl. VAT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Maximum excl. VAT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Maximum with amendments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 as of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount at award</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VAT rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alert thresholds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Software components in scope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No price revision clause.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Index %1, base month %2, fixed part %3: P = P0 × (a + (1 − a) × S / S0).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Price revision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amendments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No amendment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lot %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>maximum %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>duration %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(signed after the date of the figures: not counted)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applies to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Effect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Holder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SIRET</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No beneficiary has ordered by the date of the figures.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Beneficiary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allocation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A ministry&apos;s amounts include its directions&apos;. Remaining and percentage are against the beneficiary&apos;s allocation, when it has one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consumption per lot against its maximum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cumulative amount ordered, maximum and forecast</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount ordered per ministry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Work-unit mix against the budget</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n purchase order(s), with the step each had reached on %1. Amounts excluding VAT; drafts and cancelled orders count nowhere.</source>
        <translation>
            <numerusform>%n purchase order, with the step it had reached on %1. Amounts excluding VAT; drafts and cancelled orders count nowhere.</numerusform>
            <numerusform>%n purchase orders, with the step each had reached on %1. Amounts excluding VAT; drafts and cancelled orders count nowhere.</numerusform>
        </translation>
    </message>
    <message>
        <source>Order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Work unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit price excl. VAT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount excl. VAT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary of contract %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Figures as of %1. Amounts excluding VAT unless stated otherwise.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo data: the prices, orders and figures of this contract are illustrative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1. Contract identity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>2. Holders per lot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>3. Consumption</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Per lot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Per ministry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>4. Charts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>5. Alerts and forecast</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Annex: purchase orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>6. Annex: purchase orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2 of the maximum)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consumption per lot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alerts and forecast</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All contracts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All contracts as of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not before the end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Maximum reached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fingerprint of the figures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SHA-256 of every figure of this report (every amount in cents, every order line) as of %1. Two reports with the same fingerprint were made from the same data; the footers show its first 16 digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plafond · as of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generated on %1 at %2 · figures as of %3 · fingerprint %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no report to write.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot write the file: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot write the file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n more alert(s) on work-unit budgets and allocations: see the contract&apos;s own summary.</source>
        <translation>
            <numerusform>%n more alert on work-unit budgets and allocations: see the contract&apos;s own summary.</numerusform>
            <numerusform>%n more alerts on work-unit budgets and allocations: see the contract&apos;s own summary.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReportCharts</name>
    <message>
        <source>%1 M€</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 k€</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 €</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The contract has no lot.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lot %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no maximum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invoiced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ordered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thresholds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Maximum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing ordered by the date of the figures.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Maximum %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ordered (cumulative)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forecast</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date of the figures</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n other ministries</source>
        <translation>
            <numerusform>%n other ministry</numerusform>
            <numerusform>%n other ministries</numerusform>
        </translation>
    </message>
    <message>
        <source>No ministry has ordered by the date of the figures.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No work unit ordered or budgeted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, no budget</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of the amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ordered quantity, in % of the budget</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Budget</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Repository</name>
    <message>
        <source>Database error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This record was changed by someone else since it was read; reload it and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The change could not be committed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A contract needs a reference.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The maximum of contract %1 cannot be negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The minimum of contract %1 is above its maximum.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A lot number must be 1 or more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The minimum of lot %1 is above its maximum.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A holder of lot %1 has no name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The SIRET %1 of %2 is not valid (wrong length or checksum).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A beneficiary needs a code and a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be placed under itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The parent of %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This beneficiary has orders or sub-entities: it cannot be removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A work unit needs a code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A price of work unit %1 has no start date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A price of work unit %1 is negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This work unit is used by orders: it cannot be removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A budgeted quantity cannot be negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An allocation needs an amount or a quantity of work units.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An allocation in work units needs its work unit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An amendment needs its signature date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An order needs a number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order %1: its lot does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order %1: its beneficiary does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order number %1 is already used in this contract.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order %1: a line has a quantity of zero or less.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order %1: a line has a negative unit price.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order %1: a line amount is too large.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order %1: the total is too large.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot start a transaction: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The alert thresholds of contract %1 must be whole percentages between 1 and 200, in ascending order, at least one.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SillImport</name>
    <message>
        <source>the entry has no identifier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>identifier %1 is not a whole number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>identifier %1 already appears on line %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>entry %1 has no name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>entry %1: status &quot;%2&quot; is not R, O or FR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>entry %1: support &quot;%2&quot; is neither &quot;Oui&quot; nor empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the SILL catalogue is an array of entries, not %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an entry is an object, not %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is %2, not a string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the text is not UTF-8</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this is not a SILL catalogue: the header has no &quot;ID&quot; and &quot;nom&quot; columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 fields where the header has %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot start a transaction.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The import could not be committed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n component(s) added</source>
        <translation>
            <numerusform>%n component added</numerusform>
            <numerusform>%n components added</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n component(s) changed</source>
        <translation>
            <numerusform>%n component changed</numerusform>
            <numerusform>%n components changed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n component(s) unchanged</source>
        <translation>
            <numerusform>%n component unchanged</numerusform>
            <numerusform>%n components unchanged</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n malformed entry(ies) skipped</source>
        <translation>
            <numerusform>%n malformed entry skipped</numerusform>
            <numerusform>%n malformed entries skipped</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Summary</name>
    <message>
        <source>%1 is not the reference of a contract in this database.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SyntecImport</name>
    <message>
        <source>%1: %2 corrected to %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot start a transaction.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The import could not be committed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n new monthly value(s)</source>
        <translation>
            <numerusform>%n new monthly value</numerusform>
            <numerusform>%n new monthly values</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n correction(s)</source>
        <translation>
            <numerusform>%n correction</numerusform>
            <numerusform>%n corrections</numerusform>
        </translation>
    </message>
</context>
</TS>
