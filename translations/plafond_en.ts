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
    <name>CatalogueStore</name>
    <message>
        <source>Beneficiary %1 is not in the database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A beneficiary needs a code and a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name</source>
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
        <source>Work unit %1 is not in the database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A work unit needs a code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unit</source>
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
        <source>Dry run: nothing written. The import would leave:</source>
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
    <message>
        <source>export: what to export is missing (orders, decp)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>export: %1 cannot be exported (orders, decp)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>export decp: --contract REF is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DECP written to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>generate: how many contracts of 10,000 orders to write (1 to 100).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: unknown command (commands: demo, generate, summary, report, export, import; see --help)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>generate: --scale N is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--scale: %1 is not a number of contracts from 1 to 100</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the generate command</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the file already exists; generated data are only written to a new file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generated data (scale %1) written to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--out: %1 is the database (or its journal); choose another file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contract %1 of %2 prepared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: skip the malformed entries (still told on stderr) instead of refusing the file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plafond supervises framework contracts: orders, service done, invoices and payments against each lot&apos;s ceiling.

Commands:
  (none)     open the window on --db, --demo, the last database used or the default one
  demo       --db PATH: write the demo database to PATH, which must not exist yet
  generate   --db PATH --scale N: write N generated contracts of 10,000 orders each, for
             benchmarks (deterministic; PATH must not exist yet)
  summary    --db PATH [--contract REF] [--as-of YYYY-MM-DD] [--format json|csv]:
             print the figures of the contracts at a date (amounts in cents in JSON,
             one row per lot in CSV)
  report     --db PATH (--contract REF | --all) [--as-of YYYY-MM-DD] [--lang fr|en] [--pdfa]
             --out FILE.pdf: the PDF summary of a contract, or the portfolio of all of them
  export     orders --db PATH [--contract REF] --out FILE [--dialect fr|standard]:
             the orders, one row per order line, in the orders CSV format
  export     decp --db PATH --contract REF --out FILE.json: the contract in the DECP 2024
             format (schema 2.0.3), its amendments as modifications
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>
Exit codes: 0 success, 1 runtime failure, 2 invalid input (the message is on stderr).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; re-import updates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>every import is checked first, then written at once or not at all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--skip-invalid only applies to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 FILE --db PATH [--dry-run]%2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generating</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ComponentStore</name>
    <message>
        <source>A declared use needs a beneficiary and a component.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contribution %1 is not in the database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A contribution needs the address (URL) where it can be seen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A contribution needs the date of its state.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The order line of this contribution does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the lines of a development work unit carry upstream contributions.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ComponentUses</name>
    <message>
        <source>Declare a component used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Withdraw a declared use</source>
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
        <source>%1%2: the text is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1%2: amounts are decimal strings in quotes, not numbers</source>
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
        <source>a contract definition is a JSON object</source>
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
    <message>
        <source>revision: dates: %1 is expected, not %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>revision: dates: &quot;%1&quot; is not a date (YYYY-MM-DD)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>revision: dates: %1 does not come after %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>revision: rounding: &quot;%1&quot; is not a number of decimals from 0 to 6</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>max_ht: the maximum of a lot must be more than 0</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ContractStore</name>
    <message>
        <source>Contract %1 is not in the database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no contract %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A contract needs a reference.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>buyer</source>
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
        <source>The alert thresholds of contract %1 must be whole percentages between 1 and 200, in ascending order, at least one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lot %1 is not in the database.</source>
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
        <source>holder</source>
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
        <source>An amendment needs its signature date.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Contribution</name>
    <message>
        <source>submitted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>merged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>refused</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CsvExport</name>
    <message>
        <source>%1 is not the reference of a contract in this database.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CsvReader</name>
    <message>
        <source>the text is not UTF-8</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the record has more than %1 fields</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1:%2: unexpected text after a closing quote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1:%2: a quoted field is not closed</source>
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
        <source>the file is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>column %1 of the header is &quot;%2&quot; where &quot;%3&quot; is expected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the header has %1 columns instead of %2 or %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the header has %1 columns instead of %2</source>
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
    <message>
        <source>The database is busy (another Plafond is writing); try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a folder, not a database file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the folder %2 does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a Plafond database (the file is empty).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is read-only: Plafond cannot write to it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has schema version %2, older than this Plafond&apos;s %3: open it for writing once (in the window, or with an import) to migrate it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Migrated %1 from schema version %2 to %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Migrated %1 from schema version %2 to %3; the previous file is kept as %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot start a transaction: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot start a transaction: an earlier step of this change failed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DecpExport</name>
    <message>
        <source>no contract %1 in this database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>contract %1 has no notification date: the DECP format requires dateNotification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>contract %1 has no duration: the DECP format requires dureeMois</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>contract %1 has no maximum (%2): the DECP format requires a montant of at least 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>contract %1: holder %2 has no identifier: written with an empty id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>contract %1 has no holder: the DECP format requires at least one titulaire</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>contract %1: the buyer&apos;s SIRET is unknown: %2 written</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DecpImport</name>
    <message>
        <source>%1%2 is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1%2: the text is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1%2: %3 is negative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1%2: %3 is not a whole number of months from 1 to 1200</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a DECP file is a JSON object with &quot;marches&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>marches: &quot;marche&quot; is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>marches: an array is expected, not %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1:%2: warning: a concession contract: not imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>marches: an array of records is expected, not %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>marches: a record is an object, not %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>id: the text is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1:%2: warning: %3: a concession contract: not imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nature &quot;%1&quot; is not a known nature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nature &quot;%1&quot; disagrees with _type &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SIRET &quot;%1&quot; trimmed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>acheteur.id: &quot;%1&quot; is not a SIRET (14 digits)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>buyer SIRET %1 fails the checksum: kept as published</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>procedure &quot;%1&quot; is not in the schema&apos;s list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no dateNotification: the contract has no notification or start date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>montant 0 on a framework agreement: maximum unknown, 0 stored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>montant 0: amount unknown, 0 stored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>titulaires: a holder is an object, not %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>titulaires: a holder has neither id nor denominationSociale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>holder SIRET &quot;%1&quot; is not valid (14 digits, checksum): the holder is kept without SIRET</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no titulaires: the lot has no holder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>modifications: a modification is an object, not %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>modifications: id: a number is expected, not %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>modifications: modification %1 appears twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>modifications: dateNotificationModification is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DECP modification %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>text with U+FFFD (mojibake) kept as published in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>appears again (first at line %1): the later record is kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1:%2: warning: %3: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>contract %1 is already in this database and was not imported from DECP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>buyer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>notification date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>duration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>maximum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>published fields</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>holders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lot 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>amendment %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DECP imported from %1: %2 contract(s) created, %3 updated, %4 unchanged</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>contract %1: new, %2, maximum %3 excl. VAT, %n holder(s)</source>
        <translation>
            <numerusform>contract %1: new, %2, maximum %3 excl. VAT, %n holder</numerusform>
            <numerusform>contract %1: new, %2, maximum %3 excl. VAT, %n holders</numerusform>
        </translation>
    </message>
    <message>
        <source>contract %1: updated (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>contract %1: amendment %2 of %3: %4 excl. VAT, %5 month(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n contract(s) unchanged</source>
        <translation>
            <numerusform>%n contract unchanged</numerusform>
            <numerusform>%n contracts unchanged</numerusform>
        </translation>
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
    <message>
        <source>Cannot read the Syntec index values of the demo: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FactsPass</name>
    <message>
        <source>The date of the figures is not valid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A sum of the orders is too large to be computed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FormFields</name>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not an amount: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An amount is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The amount cannot be negative.</source>
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
</context>
<context>
    <name>ImportBase</name>
    <message>
        <source>The import could not be committed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportLookups</name>
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
        <source>beneficiary: &quot;%1&quot; is not a beneficiary of this database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>work_unit: lot %1 has no work unit &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>component: &quot;%1&quot; is not the SILL identifier of a catalogued component</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reference: contract %1 is already in this database</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportProgress</name>
    <message>
        <source>%1: the import was cancelled; nothing was written</source>
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
    <message>
        <source>a contract definition (JSON): the contract, its lots with their holders, work units and prices, and its beneficiaries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>purchase orders (CSV), one row per order line, each lot&apos;s maximum checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a SILL catalogue (2022 JSON, 2022 or 2020 CSV) into the component catalogue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Syntec index values (CSV), corrections kept as history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DECP essential data (2019 or 2024 JSON) as contracts and amendments; known traps told as warnings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>support tickets (CSV) with their SLA times, matched on their reference</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IndexSeries</name>
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
    <message>
        <source>%1 (%2 series) is already at line %3 with the value %4.%5</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>JsonFields</name>
    <message>
        <source>%1%2: %3 is expected, not %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1%2: &quot;%3&quot; is not a date (YYYY-MM-DD)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1%2: %3</source>
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
    <name>NewDatabaseFile</name>
    <message>
        <source>%1: the file already exists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the folder %2 does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot create a file in %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot write the file: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OrderStore</name>
    <message>
        <source>Order %1 is not in the database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The orders of this lot add up to an amount too large.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An order needs a number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>order number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>commitment number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>override reason</source>
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
        <source>The amount including VAT of a line of order %1 is too large.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OrdersImport</name>
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
        <source>order: the order number is missing</source>
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
    <message numerus="yes">
        <source>order %1 of contract %2: %n line(s), %3 excl. VAT, %4</source>
        <translation>
            <numerusform>order %1 of contract %2: %n line, %3 excl. VAT, %4</numerusform>
            <numerusform>order %1 of contract %2: %n lines, %3 excl. VAT, %4</numerusform>
        </translation>
    </message>
    <message>
        <source>unit_price_ht: the revision of %1 is not applied (%2): %3 is used</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OutputFile</name>
    <message>
        <source>the data could not all be written (is the disk full?)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot write the file: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is a folder</source>
        <translation type="unfinished"></translation>
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
    <name>Plafond::AmendmentDialog</name>
    <message>
        <source>Amendment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New amendment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Negative for a decrease of the maximum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Signed on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change of &amp;maximum excl. VAT:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change of &amp;duration (months):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Plafond::AmendmentsModel</name>
    <message>
        <source>Signed on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change of maximum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change of duration (months)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Maximum after it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End after it</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Plafond::AmendmentsWidget</name>
    <message>
        <source>The whole contract</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Initial maximum %1, ending %2; after %n amendment(s): maximum %3, ending %4.</source>
        <translation>
            <numerusform>Initial maximum %1, ending %2; after %n amendment: maximum %3, ending %4.</numerusform>
            <numerusform>Initial maximum %1, ending %2; after %n amendments: maximum %3, ending %4.</numerusform>
        </translation>
    </message>
    <message>
        <source>Add amendment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove amendment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit amendment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amendment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Register of:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add amendment…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Plafond::AsOfControl</name>
    <message>
        <source>A&amp;s of:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move through the contract&apos;s life: every figure and chart follows.</source>
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
    <name>Plafond::ComponentUsesModel</name>
    <message>
        <source>Covered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not covered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Declared used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coverage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Declared on</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Plafond::ComponentUsesWidget</name>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Beneficiary:</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Used but not covered: %n declared use(s) of a component that no lot of any contract covers</source>
        <translation>
            <numerusform>Used but not covered: %n declared use of a component that no lot of any contract covers</numerusform>
            <numerusform>Used but not covered: %n declared uses of a component that no lot of any contract covers</numerusform>
        </translation>
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
    <message>
        <source>Catalogue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coverage matrix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Declared use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upstream contributions</source>
        <translation type="unfinished"></translation>
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
    <message>
        <source>Each anniversary of the start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The revision dates, ascending, as YYYY-MM-DD separated by commas; empty: each anniversary of the start. S is the index of the month as many months before the revision as the base month is before the start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revision &amp;dates:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How the coefficient a + (1 − a) × S / S0 is rounded before it applies; the revised price is always rounded to the cent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coefficient not rounded</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Coefficient rounded to %n decimal(s)</source>
        <translation>
            <numerusform>Coefficient rounded to %n decimal</numerusform>
            <numerusform>Coefficient rounded to %n decimals</numerusform>
        </translation>
    </message>
    <message>
        <source>Ro&amp;unding:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dates are expected as YYYY-MM-DD, ascending, separated by commas, e.g. 2021-09-01, 2022-09-01.</source>
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
    <name>Plafond::ContributionDialog</name>
    <message>
        <source>Edit a contribution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a contribution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>https://… (merge request, patch, commit)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · lot %2 · %3 · %4 · %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no catalogued component)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Development &amp;line:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Component:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Address (URL):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;State:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Date of the state:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This contract has no development order line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the address where the contribution can be seen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The address is not a valid URL.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Plafond::ContributionsModel</name>
    <message>
        <source>Order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Work unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Component</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Plafond::ContributionsWidget</name>
    <message>
        <source>Development ordered excl. VAT: %1; with a merged contribution: %2 (%3 %)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lot %1: %2 of %3 (%4 %)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit a contribution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a contribution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove a contribution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;ontract:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;As of:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add a contribution…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n development order(s) without a merged contribution</source>
        <translation>
            <numerusform>%n development order without a merged contribution</numerusform>
            <numerusform>%n development orders without a merged contribution</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Plafond::CoverageMatrixModel</name>
    <message>
        <source>%1 lot %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is covered by %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not covered by %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Component</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Plafond::CoverageMatrixWidget</name>
    <message>
        <source>All contracts</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1: %n component(s)</source>
        <translation>
            <numerusform>%1: %n component</numerusform>
            <numerusform>%1: %n components</numerusform>
        </translation>
    </message>
    <message>
        <source>No lot or no component.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cover a component</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uncover a component</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;ontract:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Plafond::DashboardCharts</name>
    <message>
        <source>Consumption of the lot, in % of its maximum</source>
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
        <source>Ordered</source>
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
        <source>Budget (100%)</source>
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
        <source>%1 — %2</source>
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
</context>
<context>
    <name>Plafond::DashboardFigures</name>
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
        <source>The %1% threshold is reached.</source>
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
        <source>&amp;Alerts (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Double-click or press Enter on an alert to show its lot.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Computing the dashboard</source>
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
    <name>Plafond::ImportActions</name>
    <message>
        <source>&amp;Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import contracts, orders, catalogues or index values from a file, checked and previewed before anything is written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;%1 %2…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Plafond::ImportDialog</name>
    <message>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Path of the file to import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Skip malformed entries (they are listed) instead of refusing the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;ancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Check file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the file, then check it: nothing is written before you press Import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;hanges (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Warnings (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Errors (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check cancelled: nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be imported as it is: correct the errors listed and check it again. Nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is ready to import: the changes listed are written in one transaction when you press Import. An import cannot be undone with Edit → Undo, and it clears the undo history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import cancelled: nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The import failed and nothing was written: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Plafond::IndexSeriesModel</name>
    <message>
        <source>Month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Old series</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revised series</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In force, revised-series units</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coefficient</source>
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
        <source>Demo data: the two contracts are real, but their prices, orders and amounts are illustrative.</source>
        <translation type="unfinished"></translation>
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
    <message numerus="yes">
        <source>%n order(s) · %1 excl. VAT · %2 incl. VAT</source>
        <translation>
            <numerusform>%n order · %1 excl. VAT · %2 incl. VAT</numerusform>
            <numerusform>%n orders · %1 excl. VAT · %2 incl. VAT</numerusform>
        </translation>
    </message>
    <message>
        <source>Loading the orders…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Plafond::MainWindowActions</name>
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
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Dashboard</source>
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
        <source>&amp;%1 %2</source>
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
    <message>
        <source>Lot maximum %1; already ordered %2; with this order %3 (%4).</source>
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
    <name>Plafond::OrdersPanel</name>
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
        <source>The figures cannot be computed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lot %1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; · as of %2&lt;br&gt;Maximum %3 · ordered %4 (%5) · service done %6 · invoiced %7 · paid %8 · remaining %9</source>
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
        <source>Loading the orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The orders cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Computing the figures</source>
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
    <name>Plafond::PriceHistoryModel</name>
    <message>
        <source>%1 (old series)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Never guessed: the schedule&apos;s own price from this date applies, unrevised.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Never guessed: the price in force before this revision stays until the index is published.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Price in the schedule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not applied: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revision (the schedule&apos;s own price applies)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing</source>
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
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Base price P0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Index month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Index S</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coefficient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Price excl. VAT</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Plafond::PriceHistoryWidget</name>
    <message>
        <source>&amp;Lot:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Syntec index</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revision coefficient a + (1 − a) × S / S0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Old series</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revised series</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Linked (old × 0.97975)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>August 2022 change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coefficient for the month&apos;s index</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revisions applied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This contract has no price revision clause: its schedule&apos;s prices apply as they are.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P = P0 × (a + (1 − a) × S / S0) with a = %1, S0 the index of %2 (%3), S the index of the month %4 month(s) before each revision; %5. Revisions: %6.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the coefficient is not rounded</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>the coefficient is rounded to %n decimal(s)</source>
        <translation>
            <numerusform>the coefficient is rounded to %n decimal</numerusform>
            <numerusform>the coefficient is rounded to %n decimals</numerusform>
        </translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, </source>
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
    <name>Plafond::SlaCountsModel</name>
    <message>
        <source>No component named</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Component</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tickets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Late response</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Late restoration</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Plafond::SlaTargetsDialog</name>
    <message>
        <source>SLA targets and working hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days (1 Monday to 7 Sunday, ranges allowed), hours, and &quot;holidays&quot; when the French public holidays are off. Empty: Monday to Friday, 9:00 to 18:00, holidays off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Lot:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Working hours:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First response</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restoration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> working min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Targets are in working minutes of the lot&apos;s working hours (240 = 4 hours). A ticket without a target for its severity is counted but never late.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 lot %2 – %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Working hours: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: set both targets, or neither.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Plafond::TicketsModel</name>
    <message>
        <source>%1 h %2 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Late response</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Late restoration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Late response and restoration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Working time from the opening, in the lot&apos;s working hours; a clock still running counts up to now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ticket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Component</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Beneficiary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First response</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Response time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SLA</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Plafond::TicketsWidget</name>
    <message>
        <source>%1 lot %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Severity:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Late only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SLA &amp;targets…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Targets and working hours of the lots of this contract</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a contract or a lot on the left first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tickets and breaches per month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No database is open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tickets shown: %1 of %2 · late first response: %3 · late restoration: %4 (clocks in working hours, up to now for the tickets still open).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Plafond::UncontributedOrdersModel</name>
    <message>
        <source>Order</source>
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
        <source>Issued on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Development excl. VAT</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Plafond::UsageGapsModel</name>
    <message>
        <source>Beneficiary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Component used, not covered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Declared on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Plafond::ViewTabs</name>
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
    <message>
        <source>Tickets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amendments</source>
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
    <message>
        <source>The change could not be committed.</source>
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
    <message>
        <source>%1. Support and SLA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1. Component coverage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1. Upstream contributions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1. Annex: purchase orders</source>
        <translation type="unfinished"></translation>
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
    <name>ReportComponents</name>
    <message>
        <source>%1 catalogued components are covered by the lots of this contract, whose stated scope is %2 components; the catalogue holds %3 components.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Components covered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Used but not covered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No beneficiary declares using a component that no lot covers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Components a beneficiary declares it uses that no lot of any contract covers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Beneficiary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Component</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Development ordered: %1; with at least one contribution merged upstream by %2: %3, that is %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Development</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merged upstream</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Development orders without a merged contribution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every development order has at least one merged contribution.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issued on</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportSla</name>
    <message>
        <source>%1 %2, public holidays off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2, public holidays worked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n ticket(s) opened by %1: %2 late for the first response, %3 late for the restoration of service.</source>
        <translation>
            <numerusform>%n ticket opened by %1: %2 late for the first response, %3 late for the restoration of service.</numerusform>
            <numerusform>%n tickets opened by %1: %2 late for the first response, %3 late for the restoration of service.</numerusform>
        </translation>
    </message>
    <message>
        <source>The SLA clocks run in each lot&apos;s working hours, from the opening of a ticket to its first response and to the restoration of service; a ticket still waiting on the date counts up to the end of that day. A ticket without a target for its lot and severity is counted but never late.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Targets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First response</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restoration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Working hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No SLA target is set: no ticket can be late.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Per lot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tickets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Late response</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Late restoration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On time</source>
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
        <source>Per component</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Component</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No component named</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n other component(s)</source>
        <translation>
            <numerusform>%n other component</numerusform>
            <numerusform>%n other components</numerusform>
        </translation>
    </message>
    <message>
        <source>Tickets and breaches per month</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RevisedSchedule</name>
    <message>
        <source>Revision of %1 not applied: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the coefficient is too large</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RevisionClause</name>
    <message>
        <source>The index of the revision clause, &quot;%1&quot;, is not supported (SYNTEC).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The base month of the revision clause, &quot;%1&quot;, is not a month (YYYY-MM).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The fixed part of the revision clause, &quot;%1&quot;, is not a decimal from 0 to 1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The rounding of the revision clause, &quot;%1&quot;, is not a number of decimals from 0 to 6.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The revision dates, &quot;%1&quot;, are not ascending dates (YYYY-MM-DD, separated by commas).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The revision clause needs the contract&apos;s start date or its revision dates.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Severities</name>
    <message>
        <source>Critical</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Major</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minor</source>
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
        <source>this is not a SILL catalogue: the header has no &quot;ID&quot; and &quot;nom&quot; columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 fields where the header has %2</source>
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
    <name>SlaTargetsDialog</name>
    <message>
        <source>Change SLA targets</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Storage</name>
    <message>
        <source>the disk is full</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>error code %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot;: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This record was changed by someone else since it was read; reload it and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no identifier returned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The change could not be committed.</source>
        <translation type="unfinished"></translation>
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
<context>
    <name>TablePage</name>
    <message>
        <source>Lot %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TextRules</name>
    <message>
        <source>the text is longer than %1 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the text holds a NUL character</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the text holds the bidirectional control character U+%1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TicketStore</name>
    <message>
        <source>A ticket has no reference.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ticket %1 has no opening time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An SLA target must be longer than zero minutes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This lot no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TicketsImport</name>
    <message>
        <source>the file has no ticket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 fields instead of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ticket: the reference is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>severity: &quot;%1&quot; is not a severity (critical, major, minor)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>opened: the time is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a time (YYYY-MM-DD HH:MM or DD/MM/YYYY HH:MM)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 is before the opening time %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>closed: %1 is before the %2 time %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ticket %1 is already at line %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ticket %1 already exists in contract %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>component %1 is not covered by lot %2 of %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tickets added: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tickets changed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tickets unchanged: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tickets imported from %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WorkingHours</name>
    <message>
        <source>&quot;%1&quot; is not working hours: expected days, hours and optionally &quot;holidays&quot;, as in &quot;1-5 09:00-18:00 holidays&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a day or a range of days (1 Monday to 7 Sunday)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the range of days &quot;%1&quot; ends before it starts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a span of hours (HH:MM-HH:MM)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the working hours &quot;%1&quot; end before they start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not &quot;holidays&quot;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
