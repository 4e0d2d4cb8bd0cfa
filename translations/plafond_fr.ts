<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>Alert</name>
    <message>
        <source>Lot %1: %2 % of its maximum ordered.</source>
        <translation>Lot %1&#xa0;: montant maximum consommé à %2&#xa0;%.</translation>
    </message>
    <message>
        <source>%1 % of the contract&apos;s maximum ordered.</source>
        <translation>Montant maximum du contrat consommé à %1&#xa0;%.</translation>
    </message>
    <message>
        <source>Lot %1 is past its maximum.</source>
        <translation>Le lot %1 dépasse son montant maximum.</translation>
    </message>
    <message>
        <source>The contract is past its maximum.</source>
        <translation>Le contrat dépasse son montant maximum.</translation>
    </message>
    <message>
        <source>Lot %1: its minimum is not reached and the contract ends on %2.</source>
        <translation>Lot %1&#xa0;: son montant minimum n&apos;est pas atteint et le contrat se termine le %2.</translation>
    </message>
    <message>
        <source>The contract&apos;s minimum is not reached and the contract ends on %1.</source>
        <translation>Le montant minimum du contrat n&apos;est pas atteint et le contrat se termine le %1.</translation>
    </message>
    <message numerus="yes">
        <source>The firm period ends on %1, in %n day(s): the renewal decision is due.</source>
        <translation>
            <numerusform>La tranche ferme se termine le %1, dans %n jour&#xa0;: la décision de reconduction doit être prise.</numerusform>
            <numerusform>La tranche ferme se termine le %1, dans %n jours&#xa0;: la décision de reconduction doit être prise.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Renewal period %1 ends on %2, in %n day(s): the renewal decision is due.</source>
        <translation>
            <numerusform>La période de reconduction %1 se termine le %2, dans %n jour&#xa0;: la décision de reconduction doit être prise.</numerusform>
            <numerusform>La période de reconduction %1 se termine le %2, dans %n jours&#xa0;: la décision de reconduction doit être prise.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The contract ends on %1, in %n day(s).</source>
        <translation>
            <numerusform>Le contrat se termine le %1, dans %n jour.</numerusform>
            <numerusform>Le contrat se termine le %1, dans %n jours.</numerusform>
        </translation>
    </message>
    <message>
        <source>Work unit %1 (lot %2): %3 % of its %4 budget ordered.</source>
        <translation>Unité d&apos;œuvre %1 (lot %2)&#xa0;: budget %4 consommé à %3&#xa0;%.</translation>
    </message>
    <message>
        <source>%1: %2 % of its allocation on lot %3 ordered.</source>
        <translation>%1&#xa0;: droit de tirage sur le lot %3 consommé à %2&#xa0;%.</translation>
    </message>
    <message>
        <source>%1: %2 % of its allocation of work unit %3 (lot %4) ordered.</source>
        <translation>%1&#xa0;: droit de tirage sur l&apos;unité d&apos;œuvre %3 (lot %4) consommé à %2&#xa0;%.</translation>
    </message>
</context>
<context>
    <name>AmendmentWarning</name>
    <message>
        <source>Lot %1: the amendments add up to %2 % of its initial maximum since %3, past the 10 % allowed for small modifications.</source>
        <translation>Lot %1&#xa0;: les avenants cumulent %2&#xa0;% de son montant maximum initial depuis le %3, au-delà des 10&#xa0;% autorisés pour les modifications de faible montant.</translation>
    </message>
    <message>
        <source>The contract&apos;s amendments add up to %1 % of its initial maximum since %2, past the 10 % allowed for small modifications.</source>
        <translation>Les avenants du contrat cumulent %1&#xa0;% de son montant maximum initial depuis le %2, au-delà des 10&#xa0;% autorisés pour les modifications de faible montant.</translation>
    </message>
    <message>
        <source>Lot %1: the amendment of %2 changes %3 % of its initial maximum, past the 50 % allowed for one modification.</source>
        <translation>Lot %1&#xa0;: l&apos;avenant du %2 modifie %3&#xa0;% de son montant maximum initial, au-delà des 50&#xa0;% autorisés pour une modification.</translation>
    </message>
    <message>
        <source>The amendment of %1 changes %2 % of the contract&apos;s initial maximum, past the 50 % allowed for one modification.</source>
        <translation>L&apos;avenant du %1 modifie %2&#xa0;% du montant maximum initial du contrat, au-delà des 50&#xa0;% autorisés pour une modification.</translation>
    </message>
</context>
<context>
    <name>CatalogueStore</name>
    <message>
        <source>Beneficiary %1 is not in the database.</source>
        <translation>Le bénéficiaire %1 n&apos;est pas dans la base.</translation>
    </message>
    <message>
        <source>A beneficiary needs a code and a name.</source>
        <translation>Un bénéficiaire doit avoir un code et un nom.</translation>
    </message>
    <message>
        <source>code</source>
        <translation>code</translation>
    </message>
    <message>
        <source>name</source>
        <translation>nom</translation>
    </message>
    <message>
        <source>%1 cannot be placed under itself.</source>
        <translation>%1 ne peut pas être rattaché à lui-même.</translation>
    </message>
    <message>
        <source>The parent of %1 does not exist.</source>
        <translation>L&apos;entité parente de %1 n&apos;existe pas.</translation>
    </message>
    <message>
        <source>This beneficiary has orders or sub-entities: it cannot be removed.</source>
        <translation>Ce bénéficiaire a des commandes ou des entités rattachées&#xa0;: il ne peut pas être supprimé.</translation>
    </message>
    <message>
        <source>Work unit %1 is not in the database.</source>
        <translation>L&apos;unité d&apos;œuvre %1 n&apos;est pas dans la base.</translation>
    </message>
    <message>
        <source>A work unit needs a code.</source>
        <translation>Une unité d&apos;œuvre doit avoir un code.</translation>
    </message>
    <message>
        <source>label</source>
        <translation>libellé</translation>
    </message>
    <message>
        <source>unit</source>
        <translation>unité</translation>
    </message>
    <message>
        <source>A price of work unit %1 has no start date.</source>
        <translation>Un prix de l&apos;unité d&apos;œuvre %1 n&apos;a pas de date d&apos;effet.</translation>
    </message>
    <message>
        <source>A price of work unit %1 is negative.</source>
        <translation>Un prix de l&apos;unité d&apos;œuvre %1 est négatif.</translation>
    </message>
    <message>
        <source>This work unit is used by orders: it cannot be removed.</source>
        <translation>Cette unité d&apos;œuvre est utilisée par des commandes&#xa0;: elle ne peut pas être supprimée.</translation>
    </message>
    <message>
        <source>A budgeted quantity cannot be negative.</source>
        <translation>Une quantité budgétée ne peut pas être négative.</translation>
    </message>
    <message>
        <source>An allocation needs an amount or a quantity of work units.</source>
        <translation>Un droit de tirage doit porter sur un montant ou une quantité d&apos;unités d&apos;œuvre.</translation>
    </message>
    <message>
        <source>An allocation in work units needs its work unit.</source>
        <translation>Un droit de tirage en unités d&apos;œuvre doit préciser son unité d&apos;œuvre.</translation>
    </message>
</context>
<context>
    <name>CeilingCheck</name>
    <message>
        <source>This order of %1 would take the lot to %2, %3 past its maximum of %4.</source>
        <translation>Cette commande de %1 porterait le lot à %2, soit %3 au-delà de son montant maximum de %4.</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>Database file or postgresql:// URL.</source>
        <translation>Fichier de base de données ou URL postgresql://.</translation>
    </message>
    <message>
        <source>PATH|URL</source>
        <translation>CHEMIN|URL</translation>
    </message>
    <message>
        <source>Language of the interface and the messages: fr or en.</source>
        <translation>Langue de l&apos;interface et des messages&#xa0;: fr ou en.</translation>
    </message>
    <message>
        <source>fr|en</source>
        <translation>fr|en</translation>
    </message>
    <message>
        <source>Open the window on the demo database (created when missing).</source>
        <translation>Ouvrir la fenêtre sur la base de démonstration (créée si elle n&apos;existe pas).</translation>
    </message>
    <message>
        <source>REF</source>
        <translation>RÉF</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>AAAA-MM-JJ</translation>
    </message>
    <message>
        <source>summary: output format, json (default) or csv.</source>
        <translation>summary&#xa0;: format de sortie, json (par défaut) ou csv.</translation>
    </message>
    <message>
        <source>json|csv</source>
        <translation>json|csv</translation>
    </message>
    <message>
        <source>--lang: %1 is not a supported language (fr, en)</source>
        <translation>--lang&#xa0;: %1 n&apos;est pas une langue prise en charge (fr, en)</translation>
    </message>
    <message>
        <source>%1: unexpected argument %2</source>
        <translation>%1&#xa0;: argument inattendu %2</translation>
    </message>
    <message>
        <source>%1: --db PATH is required</source>
        <translation>%1&#xa0;: --db CHEMIN est obligatoire</translation>
    </message>
    <message>
        <source>--demo and --db cannot be used together</source>
        <translation>--demo et --db ne peuvent pas être utilisés ensemble</translation>
    </message>
    <message>
        <source>%1: no such database file</source>
        <translation>%1&#xa0;: fichier de base de données introuvable</translation>
    </message>
    <message>
        <source>--format: %1 is not a supported format (json, csv)</source>
        <translation>--format&#xa0;: %1 n&apos;est pas un format pris en charge (json, csv)</translation>
    </message>
    <message>
        <source>--as-of: %1 is not a date (YYYY-MM-DD)</source>
        <translation>--as-of&#xa0;: %1 n&apos;est pas une date (AAAA-MM-JJ)</translation>
    </message>
    <message>
        <source>--demo does not apply to the %1 command</source>
        <translation>--demo ne s&apos;applique pas à la commande %1</translation>
    </message>
    <message>
        <source>%1: the file already exists; the demo is only written to a new file</source>
        <translation>%1&#xa0;: le fichier existe déjà&#xa0;; la démonstration n&apos;est écrite que dans un nouveau fichier</translation>
    </message>
    <message>
        <source>Demo database written to %1</source>
        <translation>Base de démonstration écrite dans %1</translation>
    </message>
    <message>
        <source>--contract: %1</source>
        <translation>--contract&#xa0;: %1</translation>
    </message>
    <message>
        <source>Plafond</source>
        <translation>Plafond</translation>
    </message>
    <message>
        <source>summary, report, export: only the contract with this reference.</source>
        <translation>summary, report, export&#xa0;: uniquement le contrat portant cette référence.</translation>
    </message>
    <message>
        <source>summary, report: the date of the figures (default: today).</source>
        <translation>summary, report&#xa0;: date d&apos;arrêté des chiffres (par défaut&#xa0;: aujourd&apos;hui).</translation>
    </message>
    <message>
        <source>report: every contract (the portfolio) instead of one.</source>
        <translation>report&#xa0;: tous les contrats (le portefeuille) au lieu d&apos;un seul.</translation>
    </message>
    <message>
        <source>report: write PDF/A-1b, for archiving.</source>
        <translation>report&#xa0;: écrire au format PDF/A-1b, pour l&apos;archivage.</translation>
    </message>
    <message>
        <source>report, export: the file to write.</source>
        <translation>report, export&#xa0;: le fichier à écrire.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FICHIER</translation>
    </message>
    <message>
        <source>export: fr (&apos;;&apos;, decimal comma, byte order mark; the default) or standard (&apos;,&apos;, decimal point).</source>
        <translation>export&#xa0;: fr (&apos;;&apos;, virgule décimale, indicateur d&apos;ordre des octets&#xa0;; par défaut) ou standard (&apos;,&apos;, point décimal).</translation>
    </message>
    <message>
        <source>fr|standard</source>
        <translation>fr|standard</translation>
    </message>
    <message>
        <source>--contract and --all cannot be used together</source>
        <translation>--contract et --all ne peuvent pas être utilisés ensemble</translation>
    </message>
    <message>
        <source>report: --contract REF or --all is required</source>
        <translation>report&#xa0;: --contract RÉF ou --all est obligatoire</translation>
    </message>
    <message>
        <source>report: --out FILE.pdf is required</source>
        <translation>report&#xa0;: --out FICHIER.pdf est obligatoire</translation>
    </message>
    <message>
        <source>export: --out FILE is required</source>
        <translation>export&#xa0;: --out FICHIER est obligatoire</translation>
    </message>
    <message>
        <source>--dialect: %1 is not a supported dialect (fr, standard)</source>
        <translation>--dialect&#xa0;: %1 n&apos;est pas un dialecte pris en charge (fr, standard)</translation>
    </message>
    <message>
        <source>the summary, report and export commands</source>
        <translation>les commandes summary, report et export</translation>
    </message>
    <message>
        <source>the summary and report commands</source>
        <translation>les commandes summary et report</translation>
    </message>
    <message>
        <source>the summary command</source>
        <translation>la commande summary</translation>
    </message>
    <message>
        <source>the report command</source>
        <translation>la commande report</translation>
    </message>
    <message>
        <source>the report and export commands</source>
        <translation>les commandes report et export</translation>
    </message>
    <message>
        <source>the export command</source>
        <translation>la commande export</translation>
    </message>
    <message>
        <source>--%1 only applies to %2</source>
        <translation>--%1 ne vaut que pour %2</translation>
    </message>
    <message numerus="yes">
        <source>Report written to %1 (%n page(s))</source>
        <translation>
            <numerusform>Rapport écrit dans %1 (%n page)</numerusform>
            <numerusform>Rapport écrit dans %1 (%n pages)</numerusform>
        </translation>
    </message>
    <message>
        <source>Orders written to %1</source>
        <translation>Commandes écrites dans %1</translation>
    </message>
    <message>
        <source>import: check the file and tell what would change, writing nothing.</source>
        <translation>import&#xa0;: vérifier le fichier et indiquer ce qui changerait, sans rien écrire.</translation>
    </message>
    <message>
        <source>demo, summary, report, export or import; none opens the window.</source>
        <translation>demo, summary, report, export ou import (sans commande, la fenêtre s&apos;ouvre).</translation>
    </message>
    <message>
        <source>import: the file to import is missing</source>
        <translation>import&#xa0;: le fichier à importer manque</translation>
    </message>
    <message>
        <source>the import command</source>
        <translation>la commande import</translation>
    </message>
    <message>
        <source>%1: cannot read the file: %2</source>
        <translation>%1&#xa0;: impossible de lire le fichier&#xa0;: %2</translation>
    </message>
    <message>
        <source>Dry run: nothing written. The import would add:</source>
        <translation>Simulation&#xa0;: rien n&apos;a été écrit. L&apos;import ajouterait&#xa0;:</translation>
    </message>
    <message>
        <source>Dry run: nothing written. The import would leave:</source>
        <translation>Simulation&#xa0;: rien n&apos;a été écrit. L&apos;import donnerait&#xa0;:</translation>
    </message>
    <message>
        <source>import: what to import is missing (%1)</source>
        <translation>import&#xa0;: l&apos;objet de l&apos;import manque (%1)</translation>
    </message>
    <message>
        <source>import: %1 cannot be imported (%2)</source>
        <translation>import&#xa0;: %1 ne peut pas être importé (%2)</translation>
    </message>
    <message>
        <source>export: what to export is missing (orders, decp)</source>
        <translation>export&#xa0;: il manque ce qu&apos;il faut exporter (orders, decp)</translation>
    </message>
    <message>
        <source>export: %1 cannot be exported (orders, decp)</source>
        <translation>export&#xa0;: %1 ne peut pas être exporté (orders, decp)</translation>
    </message>
    <message>
        <source>export decp: --contract REF is required</source>
        <translation>export decp&#xa0;: --contract REF est obligatoire</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>avertissement&#xa0;: %1</translation>
    </message>
    <message>
        <source>DECP written to %1</source>
        <translation>DECP écrit dans %1</translation>
    </message>
    <message>
        <source>generate: how many contracts of 10,000 orders to write (1 to 100).</source>
        <translation>generate&#xa0;: combien de contrats de 10&#xa0;000 commandes écrire (de 1 à 100).</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>%1: unknown command (commands: demo, generate, summary, report, export, import; see --help)</source>
        <translation>%1&#xa0;: commande inconnue (commandes&#xa0;: demo, generate, summary, report, export, import&#xa0;; voir --help)</translation>
    </message>
    <message>
        <source>generate: --scale N is required</source>
        <translation>generate&#xa0;: --scale N est obligatoire</translation>
    </message>
    <message>
        <source>--scale: %1 is not a number of contracts from 1 to 100</source>
        <translation>--scale&#xa0;: %1 n&apos;est pas un nombre de contrats de 1 à 100</translation>
    </message>
    <message>
        <source>the generate command</source>
        <translation>la commande generate</translation>
    </message>
    <message>
        <source>%1: the file already exists; generated data are only written to a new file</source>
        <translation>%1&#xa0;: le fichier existe déjà&#xa0;; les données générées ne sont écrites que dans un nouveau fichier</translation>
    </message>
    <message>
        <source>Generated data (scale %1) written to %2</source>
        <translation>Données générées (échelle %1) écrites dans %2</translation>
    </message>
    <message>
        <source>--out: %1 is the database (or its journal); choose another file</source>
        <translation>--out : %1 est la base de données (ou son journal) ; choisissez un autre fichier</translation>
    </message>
    <message>
        <source>Contract %1 of %2 prepared</source>
        <translation>Marché %1 sur %2 préparé</translation>
    </message>
    <message>
        <source>%1: skip the malformed entries (still told on stderr) instead of refusing the file.</source>
        <translation>%1&#xa0;: ignorer les entrées mal formées (toujours signalées sur stderr) au lieu de refuser le fichier.</translation>
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
        <translation>Plafond supervise les accords-cadres&#xa0;: bons de commande, service fait, factures et paiements face au plafond de chaque lot.

Commandes&#xa0;:
  (aucune)   ouvre la fenêtre sur --db, --demo, la dernière base utilisée ou celle par défaut
  demo       --db PATH&#xa0;: écrit la base de démonstration dans PATH, qui ne doit pas encore exister
  generate   --db PATH --scale N&#xa0;: écrit N contrats générés de 10&#xa0;000 commandes chacun, pour
             les mesures de performance (déterministe&#xa0;; PATH ne doit pas encore exister)
  summary    --db PATH [--contract REF] [--as-of YYYY-MM-DD] [--format json|csv]&#xa0;:
             affiche les chiffres des contrats à une date (montants en centimes en JSON,
             une ligne par lot en CSV)
  report     --db PATH (--contract REF | --all) [--as-of YYYY-MM-DD] [--lang fr|en] [--pdfa]
             --out FILE.pdf&#xa0;: la synthèse PDF d&apos;un contrat, ou le portefeuille de tous les contrats
  export     orders --db PATH [--contract REF] --out FILE [--dialect fr|standard]&#xa0;:
             les bons de commande, une ligne par ligne de commande, au format CSV orders
  export     decp --db PATH --contract REF --out FILE.json&#xa0;: le contrat au format DECP 2024
             (schéma 2.0.3), ses avenants en tant que modifications
</translation>
    </message>
    <message>
        <source>
Exit codes: 0 success, 1 runtime failure, 2 invalid input (the message is on stderr).</source>
        <translation>
Codes de sortie&#xa0;: 0 succès, 1 échec à l&apos;exécution, 2 entrée invalide (le message est sur stderr).</translation>
    </message>
    <message>
        <source>; re-import updates</source>
        <translation>&#xa0;; une réimportation met à jour</translation>
    </message>
    <message>
        <source>every import is checked first, then written at once or not at all</source>
        <translation>chaque import est d&apos;abord vérifié, puis écrit en une fois ou pas du tout</translation>
    </message>
    <message>
        <source>--skip-invalid only applies to %1</source>
        <translation>--skip-invalid ne vaut que pour %1</translation>
    </message>
    <message>
        <source>%1 FILE --db PATH [--dry-run]%2: %3</source>
        <translation>%1 FILE --db PATH [--dry-run]%2&#xa0;: %3</translation>
    </message>
    <message>
        <source>Generating</source>
        <translation>Génération</translation>
    </message>
</context>
<context>
    <name>ComponentStore</name>
    <message>
        <source>A declared use needs a beneficiary and a component.</source>
        <translation>Une utilisation déclarée doit indiquer un bénéficiaire et un composant.</translation>
    </message>
    <message>
        <source>Contribution %1 is not in the database.</source>
        <translation>La contribution %1 n&apos;est pas dans la base.</translation>
    </message>
    <message>
        <source>A contribution needs the address (URL) where it can be seen.</source>
        <translation>Une contribution doit indiquer l&apos;adresse (URL) où la consulter.</translation>
    </message>
    <message>
        <source>A contribution needs the date of its state.</source>
        <translation>Une contribution doit indiquer la date de son état.</translation>
    </message>
    <message>
        <source>The order line of this contribution does not exist.</source>
        <translation>La ligne de bon de commande de cette contribution n&apos;existe pas.</translation>
    </message>
    <message>
        <source>Only the lines of a development work unit carry upstream contributions.</source>
        <translation>Seules les lignes d&apos;une unité d&apos;œuvre de développement portent des contributions amont.</translation>
    </message>
</context>
<context>
    <name>ComponentUses</name>
    <message>
        <source>Declare a component used</source>
        <translation>Déclarer un composant utilisé</translation>
    </message>
    <message>
        <source>Withdraw a declared use</source>
        <translation>Retirer une utilisation déclarée</translation>
    </message>
</context>
<context>
    <name>ConsumptionEngine</name>
    <message>
        <source>The date of the figures is not valid.</source>
        <translation>La date d&apos;arrêté des chiffres n&apos;est pas valide.</translation>
    </message>
    <message>
        <source>There is no contract %1 in this database.</source>
        <translation>Il n&apos;y a pas de contrat %1 dans cette base de données.</translation>
    </message>
    <message>
        <source>The amounts of contract %1 are too large to add up.</source>
        <translation>Les montants du contrat %1 sont trop élevés pour être additionnés.</translation>
    </message>
</context>
<context>
    <name>ContractImport</name>
    <message>
        <source>%1unknown key &quot;%2&quot;</source>
        <translation>%1clé inconnue &quot;%2&quot;</translation>
    </message>
    <message>
        <source>%1&quot;%2&quot; is missing</source>
        <translation>%1&quot;%2&quot; manque</translation>
    </message>
    <message>
        <source>%1%2: the text is empty</source>
        <translation>%1%2&#xa0;: le texte est vide</translation>
    </message>
    <message>
        <source>%1%2: amounts are decimal strings in quotes, not numbers</source>
        <translation>%1%2&#xa0;: les montants sont des chaînes décimales entre guillemets, pas des nombres</translation>
    </message>
    <message>
        <source>%1%2: &quot;%3&quot; is negative</source>
        <translation>%1%2&#xa0;: &quot;%3&quot; est négatif</translation>
    </message>
    <message>
        <source>%1%2: %3 is not a whole number from %4 to %5</source>
        <translation>%1%2&#xa0;: %3 n&apos;est pas un nombre entier de %4 à %5</translation>
    </message>
    <message>
        <source>a contract definition is a JSON object</source>
        <translation>une définition de contrat est un objet JSON</translation>
    </message>
    <message>
        <source>vat_rate_percent: %1</source>
        <translation>vat_rate_percent&#xa0;: %1</translation>
    </message>
    <message>
        <source>vat_rate_percent: &quot;%1&quot; is not a rate from 0 to 100</source>
        <translation>vat_rate_percent&#xa0;: &quot;%1&quot; n&apos;est pas un taux de 0 à 100</translation>
    </message>
    <message>
        <source>min_ht: the minimum is above the maximum</source>
        <translation>min_ht&#xa0;: le montant minimum est supérieur au montant maximum</translation>
    </message>
    <message>
        <source>revision: index: &quot;%1&quot; is not a supported index (SYNTEC)</source>
        <translation>revision&#xa0;: index&#xa0;: &quot;%1&quot; n&apos;est pas un indice pris en charge (SYNTEC)</translation>
    </message>
    <message>
        <source>revision: base_month: &quot;%1&quot; is not a month (YYYY-MM)</source>
        <translation>revision&#xa0;: base_month&#xa0;: &quot;%1&quot; n&apos;est pas un mois (AAAA-MM)</translation>
    </message>
    <message>
        <source>revision: fixed_part: &quot;%1&quot; is not a decimal from 0 to 1</source>
        <translation>revision&#xa0;: fixed_part&#xa0;: &quot;%1&quot; n&apos;est pas un nombre décimal de 0 à 1</translation>
    </message>
    <message>
        <source>lots: a contract has at least one lot</source>
        <translation>lots&#xa0;: un contrat comporte au moins un lot</translation>
    </message>
    <message>
        <source>lots: lot %1 appears twice</source>
        <translation>lots&#xa0;: le lot %1 apparaît deux fois</translation>
    </message>
    <message>
        <source>lots: a lot is an object, not %1</source>
        <translation>lots&#xa0;: un lot est un objet, pas %1</translation>
    </message>
    <message>
        <source>lot: </source>
        <translation>lot&#xa0;: </translation>
    </message>
    <message>
        <source>holders: a holder is an object, not %1</source>
        <translation>holders&#xa0;: un titulaire est un objet, pas %1</translation>
    </message>
    <message>
        <source>holder: </source>
        <translation>titulaire&#xa0;: </translation>
    </message>
    <message>
        <source>holder: siret: &quot;%1&quot; is not a valid SIRET (14 digits, checksum)</source>
        <translation>titulaire&#xa0;: siret&#xa0;: &quot;%1&quot; n&apos;est pas un SIRET valide (14 chiffres, clé de contrôle)</translation>
    </message>
    <message>
        <source>holder: role: &quot;%1&quot; is not a role (lead, co-contractor, subcontractor)</source>
        <translation>titulaire&#xa0;: role&#xa0;: &quot;%1&quot; n&apos;est pas un rôle (lead, co-contractor, subcontractor)</translation>
    </message>
    <message>
        <source>work_units: a work unit is an object, not %1</source>
        <translation>work_units&#xa0;: une unité d&apos;œuvre est un objet, pas %1</translation>
    </message>
    <message>
        <source>work unit: </source>
        <translation>unité d&apos;œuvre&#xa0;: </translation>
    </message>
    <message>
        <source>work unit %1: two prices from %2</source>
        <translation>unité d&apos;œuvre %1&#xa0;: deux prix à compter du %2</translation>
    </message>
    <message>
        <source>beneficiaries: a beneficiary is an object, not %1</source>
        <translation>beneficiaries&#xa0;: un bénéficiaire est un objet, pas %1</translation>
    </message>
    <message>
        <source>beneficiary: </source>
        <translation>bénéficiaire&#xa0;: </translation>
    </message>
    <message>
        <source>beneficiary %1 appears twice</source>
        <translation>le bénéficiaire %1 apparaît deux fois</translation>
    </message>
    <message>
        <source>beneficiary %1: its parent %2 is its own descendant</source>
        <translation>bénéficiaire %1&#xa0;: son entité parente %2 est sa propre descendante</translation>
    </message>
    <message>
        <source>beneficiary %1: parent &quot;%2&quot; is neither in the file nor in the database</source>
        <translation>bénéficiaire %1&#xa0;: l&apos;entité parente &quot;%2&quot; ne figure ni dans le fichier ni dans la base de données</translation>
    </message>
    <message>
        <source>contract %1: %2, maximum %3 excl. VAT</source>
        <translation>contrat %1&#xa0;: %2, montant maximum %3 HT</translation>
    </message>
    <message numerus="yes">
        <source>lot %1: %2, %n work unit(s)</source>
        <translation>
            <numerusform>lot %1&#xa0;: %2, %n unité d&apos;œuvre</numerusform>
            <numerusform>lot %1&#xa0;: %2, %n unités d&apos;œuvre</numerusform>
        </translation>
    </message>
    <message>
        <source>beneficiary %1: %2</source>
        <translation>bénéficiaire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>revision: dates: %1 is expected, not %2</source>
        <translation>revision&#xa0;: dates&#xa0;: il faut %1, pas %2</translation>
    </message>
    <message>
        <source>revision: dates: &quot;%1&quot; is not a date (YYYY-MM-DD)</source>
        <translation>revision&#xa0;: dates&#xa0;: &quot;%1&quot; n&apos;est pas une date (AAAA-MM-JJ)</translation>
    </message>
    <message>
        <source>revision: dates: %1 does not come after %2</source>
        <translation>revision&#xa0;: dates&#xa0;: %1 ne vient pas après %2</translation>
    </message>
    <message>
        <source>revision: rounding: &quot;%1&quot; is not a number of decimals from 0 to 6</source>
        <translation>revision&#xa0;: rounding&#xa0;: &quot;%1&quot; n&apos;est pas un nombre de décimales de 0 à 6</translation>
    </message>
    <message>
        <source>max_ht: the maximum of a lot must be more than 0</source>
        <translation>max_ht : le montant maximum d&apos;un lot doit être supérieur à 0</translation>
    </message>
</context>
<context>
    <name>ContractStore</name>
    <message>
        <source>Contract %1 is not in the database.</source>
        <translation>Le contrat %1 n&apos;est pas dans la base de données.</translation>
    </message>
    <message>
        <source>There is no contract %1.</source>
        <translation>Il n&apos;y a pas de contrat %1.</translation>
    </message>
    <message>
        <source>A contract needs a reference.</source>
        <translation>Un contrat doit avoir une référence.</translation>
    </message>
    <message>
        <source>reference</source>
        <translation>référence</translation>
    </message>
    <message>
        <source>title</source>
        <translation>intitulé</translation>
    </message>
    <message>
        <source>buyer</source>
        <translation>acheteur</translation>
    </message>
    <message>
        <source>The maximum of contract %1 cannot be negative.</source>
        <translation>Le montant maximum du contrat %1 ne peut pas être négatif.</translation>
    </message>
    <message>
        <source>The minimum of contract %1 is above its maximum.</source>
        <translation>Le montant minimum du contrat %1 est supérieur à son montant maximum.</translation>
    </message>
    <message>
        <source>The alert thresholds of contract %1 must be whole percentages between 1 and 200, in ascending order, at least one.</source>
        <translation>Le contrat %1 doit avoir au moins un seuil d&apos;alerte&#xa0;; ses seuils doivent être des pourcentages entiers compris entre 1 et 200, en ordre croissant.</translation>
    </message>
    <message>
        <source>Lot %1 is not in the database.</source>
        <translation>Le lot %1 n&apos;est pas dans la base.</translation>
    </message>
    <message>
        <source>A lot number must be 1 or more.</source>
        <translation>Un numéro de lot doit être supérieur ou égal à 1.</translation>
    </message>
    <message>
        <source>The minimum of lot %1 is above its maximum.</source>
        <translation>Le montant minimum du lot %1 est supérieur à son montant maximum.</translation>
    </message>
    <message>
        <source>holder</source>
        <translation>titulaire</translation>
    </message>
    <message>
        <source>A holder of lot %1 has no name.</source>
        <translation>Un titulaire du lot %1 n&apos;a pas de nom.</translation>
    </message>
    <message>
        <source>The SIRET %1 of %2 is not valid (wrong length or checksum).</source>
        <translation>Le SIRET %1 de %2 n&apos;est pas valide (longueur ou clé de contrôle incorrecte).</translation>
    </message>
    <message>
        <source>An amendment needs its signature date.</source>
        <translation>Un avenant doit avoir une date de signature.</translation>
    </message>
</context>
<context>
    <name>Contribution</name>
    <message>
        <source>submitted</source>
        <translation>proposée</translation>
    </message>
    <message>
        <source>merged</source>
        <translation>intégrée</translation>
    </message>
    <message>
        <source>refused</source>
        <translation>refusée</translation>
    </message>
</context>
<context>
    <name>CsvExport</name>
    <message>
        <source>%1 is not the reference of a contract in this database.</source>
        <translation>%1 n&apos;est la référence d&apos;aucun contrat de cette base de données.</translation>
    </message>
</context>
<context>
    <name>CsvReader</name>
    <message>
        <source>the text is not UTF-8</source>
        <translation>le texte n&apos;est pas en UTF-8</translation>
    </message>
    <message>
        <source>the record has more than %1 fields</source>
        <translation>l&apos;enregistrement a plus de %1 champs</translation>
    </message>
    <message>
        <source>%1:%2: unexpected text after a closing quote</source>
        <translation>%1:%2: texte inattendu après un guillemet fermant</translation>
    </message>
    <message>
        <source>%1:%2: a quoted field is not closed</source>
        <translation>%1:%2: un champ entre guillemets n&apos;est pas fermé</translation>
    </message>
    <message>
        <source>the header is missing (%1)</source>
        <translation>l&apos;en-tête manque (%1)</translation>
    </message>
    <message>
        <source>the header mixes &apos;;&apos; and &apos;,&apos; between its fields</source>
        <translation>l&apos;en-tête mélange &apos;;&apos; et &apos;,&apos; entre ses champs</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>le fichier est vide</translation>
    </message>
    <message>
        <source>column %1 of the header is &quot;%2&quot; where &quot;%3&quot; is expected</source>
        <translation>la colonne %1 de l&apos;en-tête est &quot;%2&quot; alors que &quot;%3&quot; est attendu</translation>
    </message>
    <message>
        <source>the header has %1 columns instead of %2 or %3</source>
        <translation>l&apos;en-tête a %1 colonnes au lieu de %2 ou %3</translation>
    </message>
    <message>
        <source>the header has %1 columns instead of %2</source>
        <translation>l&apos;en-tête a %1 colonnes au lieu de %2</translation>
    </message>
</context>
<context>
    <name>DashboardValues</name>
    <message>
        <source>%1%</source>
        <extracomment>A percentage: %1 is the number. French puts a (non-breaking) space before the sign.</extracomment>
        <translation>%1&#xa0;%</translation>
    </message>
</context>
<context>
    <name>DataGenerator</name>
    <message>
        <source>The scale must be between 1 and 1000.</source>
        <translation>L&apos;échelle doit être comprise entre 1 et 1000.</translation>
    </message>
    <message>
        <source>The database already holds contracts: the generated data only goes into an empty one.</source>
        <translation>La base de données contient déjà des contrats&#xa0;: les données générées ne sont écrites que dans une base vide.</translation>
    </message>
    <message>
        <source>The generated data could not be committed.</source>
        <translation>Les données générées n&apos;ont pas pu être enregistrées.</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>Cannot connect to %1: %2</source>
        <translation>Impossible de se connecter à %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>Impossible d&apos;ouvrir %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Migration to schema version %1 failed: %2</source>
        <translation>Échec de la migration vers la version %1 du schéma&#xa0;: %2</translation>
    </message>
    <message>
        <source>Cannot record schema version %1: %2</source>
        <translation>Impossible d&apos;enregistrer la version %1 du schéma&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1: no such database file</source>
        <translation>%1&#xa0;: fichier de base de données introuvable</translation>
    </message>
    <message>
        <source>%1 is not a Plafond database.</source>
        <translation>%1 n&apos;est pas une base de données Plafond.</translation>
    </message>
    <message>
        <source>%1 was written by a newer version of Plafond (schema version %2; this version reads up to %3). Open it with a newer Plafond.</source>
        <translation>La base %1 a été écrite par une version plus récente de Plafond (version %2 du schéma&#xa0;; cette version lit jusqu&apos;à la version %3). Ouvrez-la avec une version plus récente de Plafond.</translation>
    </message>
    <message>
        <source>Cannot back up %1 to %2 before migrating it.</source>
        <translation>Impossible de sauvegarder %1 dans %2 avant sa migration.</translation>
    </message>
    <message>
        <source>The database is busy (another Plafond is writing); try again.</source>
        <translation>La base de données est occupée (un autre Plafond y écrit) ; réessayez.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Impossible de lire %1 : %2</translation>
    </message>
    <message>
        <source>%1 is a folder, not a database file.</source>
        <translation>%1 est un dossier, pas un fichier de base de données.</translation>
    </message>
    <message>
        <source>%1: the folder %2 does not exist</source>
        <translation>%1 : le dossier %2 n&apos;existe pas</translation>
    </message>
    <message>
        <source>%1 is not a Plafond database (the file is empty).</source>
        <translation>%1 n&apos;est pas une base de données Plafond (le fichier est vide).</translation>
    </message>
    <message>
        <source>%1 is read-only: Plafond cannot write to it.</source>
        <translation>%1 est en lecture seule : Plafond ne peut pas y écrire.</translation>
    </message>
    <message>
        <source>%1 has schema version %2, older than this Plafond&apos;s %3: open it for writing once (in the window, or with an import) to migrate it.</source>
        <translation>%1 a la version de schéma %2, plus ancienne que la version %3 de ce Plafond : ouvrez-la une fois en écriture (dans la fenêtre, ou par un import) pour la migrer.</translation>
    </message>
    <message>
        <source>Migrated %1 from schema version %2 to %3.</source>
        <translation>%1 migrée de la version de schéma %2 à la version %3.</translation>
    </message>
    <message>
        <source>Migrated %1 from schema version %2 to %3; the previous file is kept as %4.</source>
        <translation>%1 migrée de la version de schéma %2 à la version %3 ; le fichier précédent est conservé sous %4.</translation>
    </message>
    <message>
        <source>Cannot start a transaction: %1</source>
        <translation>Impossible de démarrer une transaction : %1</translation>
    </message>
    <message>
        <source>Cannot start a transaction: an earlier step of this change failed.</source>
        <translation>Impossible de démarrer une transaction : une étape précédente de cette modification a échoué.</translation>
    </message>
</context>
<context>
    <name>DecpExport</name>
    <message>
        <source>no contract %1 in this database</source>
        <translation>aucun contrat %1 dans cette base de données</translation>
    </message>
    <message>
        <source>contract %1 has no notification date: the DECP format requires dateNotification</source>
        <translation>le contrat %1 n&apos;a pas de date de notification&#xa0;: le format DECP exige dateNotification</translation>
    </message>
    <message>
        <source>contract %1 has no duration: the DECP format requires dureeMois</source>
        <translation>le contrat %1 n&apos;a pas de durée&#xa0;: le format DECP exige dureeMois</translation>
    </message>
    <message>
        <source>contract %1 has no maximum (%2): the DECP format requires a montant of at least 1</source>
        <translation>le contrat %1 n&apos;a pas de montant maximum (%2)&#xa0;: le format DECP exige un montant d&apos;au moins 1</translation>
    </message>
    <message>
        <source>contract %1: holder %2 has no identifier: written with an empty id</source>
        <translation>contrat %1&#xa0;: le titulaire %2 n&apos;a pas d&apos;identifiant&#xa0;: écrit avec un id vide</translation>
    </message>
    <message>
        <source>contract %1 has no holder: the DECP format requires at least one titulaire</source>
        <translation>le contrat %1 n&apos;a pas de titulaire&#xa0;: le format DECP exige au moins un titulaire</translation>
    </message>
    <message>
        <source>contract %1: the buyer&apos;s SIRET is unknown: %2 written</source>
        <translation>contrat %1&#xa0;: le SIRET de l&apos;acheteur est inconnu&#xa0;: %2 écrit</translation>
    </message>
</context>
<context>
    <name>DecpImport</name>
    <message>
        <source>%1%2 is missing</source>
        <translation>%1%2 manque</translation>
    </message>
    <message>
        <source>%1%2: the text is empty</source>
        <translation>%1%2&#xa0;: le texte est vide</translation>
    </message>
    <message>
        <source>%1%2: %3 is negative</source>
        <translation>%1%2&#xa0;: %3 est négatif</translation>
    </message>
    <message>
        <source>%1%2: %3 is not a whole number of months from 1 to 1200</source>
        <translation>%1%2&#xa0;: %3 n&apos;est pas un nombre entier de mois de 1 à 1200</translation>
    </message>
    <message>
        <source>a DECP file is a JSON object with &quot;marches&quot;</source>
        <translation>un fichier DECP est un objet JSON avec &quot;marches&quot;</translation>
    </message>
    <message>
        <source>marches: &quot;marche&quot; is missing</source>
        <translation>marches&#xa0;: &quot;marche&quot; manque</translation>
    </message>
    <message>
        <source>marches: an array is expected, not %1</source>
        <translation>marches&#xa0;: il faut un tableau, pas %1</translation>
    </message>
    <message>
        <source>%1:%2: warning: a concession contract: not imported</source>
        <translation>%1:%2: avertissement&#xa0;: un contrat de concession&#xa0;: non importé</translation>
    </message>
    <message>
        <source>marches: an array of records is expected, not %1</source>
        <translation>marches&#xa0;: il faut un tableau d&apos;enregistrements, pas %1</translation>
    </message>
    <message>
        <source>marches: a record is an object, not %1</source>
        <translation>marches&#xa0;: un enregistrement est un objet, pas %1</translation>
    </message>
    <message>
        <source>id: the text is empty</source>
        <translation>id&#xa0;: le texte est vide</translation>
    </message>
    <message>
        <source>record</source>
        <translation>enregistrement</translation>
    </message>
    <message>
        <source>%1:%2: warning: %3: a concession contract: not imported</source>
        <translation>%1:%2: avertissement&#xa0;: %3&#xa0;: un contrat de concession&#xa0;: non importé</translation>
    </message>
    <message>
        <source>nature &quot;%1&quot; is not a known nature</source>
        <translation>la nature &quot;%1&quot; n&apos;est pas une nature connue</translation>
    </message>
    <message>
        <source>nature &quot;%1&quot; disagrees with _type &quot;%2&quot;</source>
        <translation>la nature &quot;%1&quot; contredit _type &quot;%2&quot;</translation>
    </message>
    <message>
        <source>SIRET &quot;%1&quot; trimmed</source>
        <translation>SIRET &quot;%1&quot; débarrassé de ses espaces</translation>
    </message>
    <message>
        <source>acheteur.id: &quot;%1&quot; is not a SIRET (14 digits)</source>
        <translation>acheteur.id&#xa0;: &quot;%1&quot; n&apos;est pas un SIRET (14 chiffres)</translation>
    </message>
    <message>
        <source>buyer SIRET %1 fails the checksum: kept as published</source>
        <translation>le SIRET %1 de l&apos;acheteur a une clé de contrôle fausse&#xa0;: conservé tel que publié</translation>
    </message>
    <message>
        <source>procedure &quot;%1&quot; is not in the schema&apos;s list</source>
        <translation>la procédure &quot;%1&quot; n&apos;est pas dans la liste du schéma</translation>
    </message>
    <message>
        <source>no dateNotification: the contract has no notification or start date</source>
        <translation>pas de dateNotification&#xa0;: le contrat n&apos;a ni date de notification ni date de début</translation>
    </message>
    <message>
        <source>montant 0 on a framework agreement: maximum unknown, 0 stored</source>
        <translation>montant 0 sur un accord-cadre&#xa0;: montant maximum inconnu, 0 enregistré</translation>
    </message>
    <message>
        <source>montant 0: amount unknown, 0 stored</source>
        <translation>montant 0&#xa0;: montant inconnu, 0 enregistré</translation>
    </message>
    <message>
        <source>titulaires: a holder is an object, not %1</source>
        <translation>titulaires&#xa0;: un titulaire est un objet, pas %1</translation>
    </message>
    <message>
        <source>titulaires: a holder has neither id nor denominationSociale</source>
        <translation>titulaires&#xa0;: un titulaire n&apos;a ni id ni denominationSociale</translation>
    </message>
    <message>
        <source>holder SIRET &quot;%1&quot; is not valid (14 digits, checksum): the holder is kept without SIRET</source>
        <translation>le SIRET &quot;%1&quot; du titulaire n&apos;est pas valide (14 chiffres, clé de contrôle)&#xa0;: le titulaire est conservé sans SIRET</translation>
    </message>
    <message>
        <source>no titulaires: the lot has no holder</source>
        <translation>pas de titulaires&#xa0;: le lot n&apos;a pas de titulaire</translation>
    </message>
    <message>
        <source>modifications: a modification is an object, not %1</source>
        <translation>modifications&#xa0;: une modification est un objet, pas %1</translation>
    </message>
    <message>
        <source>modifications: id: a number is expected, not %1</source>
        <translation>modifications&#xa0;: id&#xa0;: il faut un nombre, pas %1</translation>
    </message>
    <message>
        <source>modifications: modification %1 appears twice</source>
        <translation>modifications&#xa0;: la modification %1 apparaît deux fois</translation>
    </message>
    <message>
        <source>modifications: dateNotificationModification is missing</source>
        <translation>modifications&#xa0;: dateNotificationModification manque</translation>
    </message>
    <message>
        <source>DECP modification %1</source>
        <translation>Modification DECP %1</translation>
    </message>
    <message>
        <source>text with U+FFFD (mojibake) kept as published in %1</source>
        <translation>texte avec U+FFFD (caractères corrompus) conservé tel que publié dans %1</translation>
    </message>
    <message>
        <source>appears again (first at line %1): the later record is kept</source>
        <translation>apparaît de nouveau (d&apos;abord à la ligne %1)&#xa0;: l&apos;enregistrement le plus récent est conservé</translation>
    </message>
    <message>
        <source>%1:%2: warning: %3: %4</source>
        <translation>%1:%2: avertissement&#xa0;: %3&#xa0;: %4</translation>
    </message>
    <message>
        <source>contract %1 is already in this database and was not imported from DECP</source>
        <translation>le contrat %1 est déjà dans cette base de données et n&apos;a pas été importé des DECP</translation>
    </message>
    <message>
        <source>title</source>
        <translation>intitulé</translation>
    </message>
    <message>
        <source>buyer</source>
        <translation>acheteur</translation>
    </message>
    <message>
        <source>notification date</source>
        <translation>date de notification</translation>
    </message>
    <message>
        <source>duration</source>
        <translation>durée</translation>
    </message>
    <message>
        <source>maximum</source>
        <translation>montant maximum</translation>
    </message>
    <message>
        <source>published fields</source>
        <translation>champs publiés</translation>
    </message>
    <message>
        <source>holders</source>
        <translation>titulaires</translation>
    </message>
    <message>
        <source>lot 1</source>
        <translation>lot 1</translation>
    </message>
    <message>
        <source>amendment %1</source>
        <translation>avenant %1</translation>
    </message>
    <message>
        <source>DECP imported from %1: %2 contract(s) created, %3 updated, %4 unchanged</source>
        <translation>DECP importées depuis %1&#xa0;: %2 contrat(s) créé(s), %3 mis à jour, %4 inchangé(s)</translation>
    </message>
    <message numerus="yes">
        <source>contract %1: new, %2, maximum %3 excl. VAT, %n holder(s)</source>
        <translation>
            <numerusform>contrat %1&#xa0;: nouveau, %2, montant maximum %3 HT, %n titulaire</numerusform>
            <numerusform>contrat %1&#xa0;: nouveau, %2, montant maximum %3 HT, %n titulaires</numerusform>
        </translation>
    </message>
    <message>
        <source>contract %1: updated (%2)</source>
        <translation>contrat %1&#xa0;: mis à jour (%2)</translation>
    </message>
    <message>
        <source>contract %1: amendment %2 of %3: %4 excl. VAT, %5 month(s)</source>
        <translation>contrat %1&#xa0;: avenant %2 du %3&#xa0;: %4 HT, %5 mois</translation>
    </message>
    <message numerus="yes">
        <source>%n contract(s) unchanged</source>
        <translation>
            <numerusform>%n contrat inchangé</numerusform>
            <numerusform>%n contrats inchangés</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DemoData</name>
    <message>
        <source>The demo&apos;s list of beneficiaries is missing from the application.</source>
        <translation>La liste des bénéficiaires de la démonstration est absente de l&apos;application.</translation>
    </message>
    <message>
        <source>The demo&apos;s list of beneficiaries is not valid JSON: %1</source>
        <translation>La liste des bénéficiaires de la démonstration n&apos;est pas un JSON valide&#xa0;: %1</translation>
    </message>
    <message>
        <source>Demo beneficiary %1: its parent %2 is not listed before it.</source>
        <translation>Bénéficiaire de démonstration %1&#xa0;: son entité parente %2 n&apos;est pas listée avant lui.</translation>
    </message>
    <message>
        <source>Demo beneficiary %1 is not in the list of beneficiaries.</source>
        <translation>Le bénéficiaire de démonstration %1 ne figure pas dans la liste des bénéficiaires.</translation>
    </message>
    <message>
        <source>Demo lot %1 of %2 would be past its maximum.</source>
        <translation>Le lot %1 du contrat de démonstration %2 dépasserait son montant maximum.</translation>
    </message>
    <message>
        <source>The database already holds contracts: the demo is only written to an empty database.</source>
        <translation>La base de données contient déjà des contrats&#xa0;: la démonstration n&apos;est écrite que dans une base vide.</translation>
    </message>
    <message>
        <source>The demo could not be committed to the database.</source>
        <translation>La démonstration n&apos;a pas pu être enregistrée dans la base de données.</translation>
    </message>
    <message>
        <source>%1: the file already exists; the demo is only written to a new file</source>
        <translation>%1&#xa0;: le fichier existe déjà&#xa0;; la démonstration n&apos;est écrite que dans un nouveau fichier</translation>
    </message>
    <message>
        <source>Cannot read the SILL catalogue of the demo: %1</source>
        <translation>Impossible de lire le catalogue SILL de la démonstration&#xa0;: %1</translation>
    </message>
    <message>
        <source>Cannot read the Syntec index values of the demo: %1</source>
        <translation>Impossible de lire les valeurs de l&apos;indice Syntec de la démonstration&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>FactsPass</name>
    <message>
        <source>The date of the figures is not valid.</source>
        <translation>La date d&apos;arrêté des chiffres n&apos;est pas valide.</translation>
    </message>
    <message>
        <source>A sum of the orders is too large to be computed.</source>
        <translation>Une somme des bons de commande est trop grande pour être calculée.</translation>
    </message>
</context>
<context>
    <name>FormFields</name>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>Not an amount: %1.</source>
        <translation>Montant non valide&#xa0;: %1.</translation>
    </message>
    <message>
        <source>An amount is required.</source>
        <translation>Un montant est requis.</translation>
    </message>
    <message>
        <source>The amount cannot be negative.</source>
        <translation>Le montant ne peut pas être négatif.</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Undo: %1</source>
        <translation>Annuler&#xa0;: %1</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Rétablir</translation>
    </message>
    <message>
        <source>Redo: %1</source>
        <translation>Rétablir&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>ImportBase</name>
    <message>
        <source>The import could not be committed.</source>
        <translation>L&apos;import n&apos;a pas pu être enregistré.</translation>
    </message>
</context>
<context>
    <name>ImportLookups</name>
    <message>
        <source>contract: the reference is missing</source>
        <translation>contract&#xa0;: la référence manque</translation>
    </message>
    <message>
        <source>contract: &quot;%1&quot; is not a contract of this database</source>
        <translation>contract&#xa0;: &quot;%1&quot; n&apos;est pas un contrat de cette base de données</translation>
    </message>
    <message>
        <source>lot: &quot;%1&quot; is not a lot number</source>
        <translation>lot&#xa0;: &quot;%1&quot; n&apos;est pas un numéro de lot</translation>
    </message>
    <message>
        <source>lot: contract %1 has no lot %2</source>
        <translation>lot&#xa0;: le contrat %1 n&apos;a pas de lot %2</translation>
    </message>
    <message>
        <source>beneficiary: &quot;%1&quot; is not a beneficiary of this database</source>
        <translation>beneficiary&#xa0;: &quot;%1&quot; n&apos;est pas un bénéficiaire de cette base de données</translation>
    </message>
    <message>
        <source>work_unit: lot %1 has no work unit &quot;%2&quot;</source>
        <translation>work_unit&#xa0;: le lot %1 n&apos;a pas d&apos;unité d&apos;œuvre &quot;%2&quot;</translation>
    </message>
    <message>
        <source>component: &quot;%1&quot; is not the SILL identifier of a catalogued component</source>
        <translation>component&#xa0;: &quot;%1&quot; n&apos;est pas l&apos;identifiant SILL d&apos;un composant catalogué</translation>
    </message>
    <message>
        <source>reference: contract %1 is already in this database</source>
        <translation>reference&#xa0;: le contrat %1 existe déjà dans cette base de données</translation>
    </message>
</context>
<context>
    <name>ImportProgress</name>
    <message>
        <source>%1: the import was cancelled; nothing was written</source>
        <translation>%1&#xa0;: l&apos;import a été annulé&#xa0;; rien n&apos;a été écrit</translation>
    </message>
</context>
<context>
    <name>Importer</name>
    <message>
        <source>Contract definition (JSON)</source>
        <translation>Définition de contrat (JSON)</translation>
    </message>
    <message>
        <source>Orders (CSV)</source>
        <translation>Commandes (CSV)</translation>
    </message>
    <message>
        <source>SILL catalogue (JSON or CSV)</source>
        <translation>Catalogue SILL (JSON ou CSV)</translation>
    </message>
    <message>
        <source>Syntec index (CSV)</source>
        <translation>Indice Syntec (CSV)</translation>
    </message>
    <message>
        <source>DECP essential data (JSON)</source>
        <translation>Données essentielles DECP (JSON)</translation>
    </message>
    <message>
        <source>Support tickets (CSV)</source>
        <translation>Tickets de support (CSV)</translation>
    </message>
    <message>
        <source>JSON files (*.json);;All files (*)</source>
        <translation>Fichiers JSON (*.json);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>SILL files (*.json *.csv);;All files (*)</source>
        <translation>Fichiers SILL (*.json *.csv);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>Fichiers CSV (*.csv *.txt);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Contract imported from %1</source>
        <translation>Contrat importé depuis %1</translation>
    </message>
    <message numerus="yes">
        <source>%n order(s) imported from %1</source>
        <translation>
            <numerusform>%n commande importée depuis %1</numerusform>
            <numerusform>%n commandes importées depuis %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Syntec index imported from %1: %2</source>
        <translation>Indice Syntec importé depuis %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Components imported from %1:</source>
        <translation>Composants importés depuis %1&#xa0;:</translation>
    </message>
    <message>
        <source>a contract definition (JSON): the contract, its lots with their holders, work units and prices, and its beneficiaries</source>
        <translation>une définition de contrat (JSON)&#xa0;: le contrat, ses lots avec leurs titulaires, unités d&apos;œuvre et prix, et ses bénéficiaires</translation>
    </message>
    <message>
        <source>purchase orders (CSV), one row per order line, each lot&apos;s maximum checked</source>
        <translation>des bons de commande (CSV), une ligne par ligne de commande, le maximum de chaque lot vérifié</translation>
    </message>
    <message>
        <source>a SILL catalogue (2022 JSON, 2022 or 2020 CSV) into the component catalogue</source>
        <translation>un catalogue SILL (JSON 2022, CSV 2022 ou 2020) dans le catalogue des composants</translation>
    </message>
    <message>
        <source>Syntec index values (CSV), corrections kept as history</source>
        <translation>des valeurs de l&apos;indice Syntec (CSV), corrections conservées en historique</translation>
    </message>
    <message>
        <source>DECP essential data (2019 or 2024 JSON) as contracts and amendments; known traps told as warnings</source>
        <translation>données essentielles DECP (JSON 2019 ou 2024) en contrats et avenants&#xa0;; pièges connus signalés en avertissements</translation>
    </message>
    <message>
        <source>support tickets (CSV) with their SLA times, matched on their reference</source>
        <translation>des tickets de support (CSV) avec leurs heures de SLA, reconnus par leur référence</translation>
    </message>
</context>
<context>
    <name>IndexSeries</name>
    <message>
        <source>the header is not %1</source>
        <translation>l&apos;en-tête n&apos;est pas %1</translation>
    </message>
    <message>
        <source>%1 fields instead of %2</source>
        <translation>%1 champs au lieu de %2</translation>
    </message>
    <message>
        <source>&quot;%1-%2&quot; is not a month</source>
        <translation>&quot;%1-%2&quot; n&apos;est pas un mois</translation>
    </message>
    <message>
        <source>series: &quot;%1&quot; is neither old nor revised</source>
        <translation>series&#xa0;: &quot;%1&quot; n&apos;est ni old ni revised</translation>
    </message>
    <message>
        <source>the old series ends in August 2022</source>
        <translation>l&apos;ancienne série (old) s&apos;arrête en août 2022</translation>
    </message>
    <message>
        <source>the revised series starts in August 2022</source>
        <translation>la série révisée (revised) commence en août 2022</translation>
    </message>
    <message>
        <source>value: &quot;%1&quot; is not an index value with at most one decimal</source>
        <translation>value&#xa0;: &quot;%1&quot; n&apos;est pas une valeur d&apos;indice avec au plus une décimale</translation>
    </message>
    <message>
        <source>%1 (%2 series) is already at line %3 with the value %4.%5</source>
        <translation>%1 (série %2) figure déjà à la ligne %3 avec la valeur %4.%5</translation>
    </message>
</context>
<context>
    <name>JsonFields</name>
    <message>
        <source>%1%2: %3 is expected, not %4</source>
        <translation>%1%2&#xa0;: il faut %3, pas %4</translation>
    </message>
    <message>
        <source>%1%2: &quot;%3&quot; is not a date (YYYY-MM-DD)</source>
        <translation>%1%2&#xa0;: &quot;%3&quot; n&apos;est pas une date (AAAA-MM-JJ)</translation>
    </message>
    <message>
        <source>%1%2: %3</source>
        <translation>%1%2&#xa0;: %3</translation>
    </message>
</context>
<context>
    <name>JsonTree</name>
    <message>
        <source>unexpected text after the JSON value</source>
        <translation>texte inattendu après la valeur JSON</translation>
    </message>
    <message>
        <source>a control character or line break inside a string</source>
        <translation>un caractère de contrôle ou un saut de ligne dans une chaîne</translation>
    </message>
    <message>
        <source>a \u escape without four hexadecimal digits</source>
        <translation>un échappement \u sans quatre chiffres hexadécimaux</translation>
    </message>
    <message>
        <source>an unknown escape \%1 in a string</source>
        <translation>un échappement inconnu \%1 dans une chaîne</translation>
    </message>
    <message>
        <source>the text ends inside a string</source>
        <translation>le texte s&apos;arrête à l&apos;intérieur d&apos;une chaîne</translation>
    </message>
    <message>
        <source>values nested too deeply</source>
        <translation>des valeurs imbriquées trop profondément</translation>
    </message>
    <message>
        <source>the text ends where a value is expected</source>
        <translation>le texte s&apos;arrête là où une valeur est attendue</translation>
    </message>
    <message>
        <source>the text ends inside an object</source>
        <translation>le texte s&apos;arrête à l&apos;intérieur d&apos;un objet</translation>
    </message>
    <message>
        <source>a key in quotes is expected</source>
        <translation>une clé entre guillemets est attendue</translation>
    </message>
    <message>
        <source>&apos;:&apos; is expected after the key &quot;%1&quot;</source>
        <translation>&apos;:&apos; est attendu après la clé &quot;%1&quot;</translation>
    </message>
    <message>
        <source>the key &quot;%1&quot; appears twice</source>
        <translation>la clé &quot;%1&quot; apparaît deux fois</translation>
    </message>
    <message>
        <source>&apos;,&apos; or &apos;}&apos; is expected</source>
        <translation>&apos;,&apos; ou &apos;}&apos; est attendu</translation>
    </message>
    <message>
        <source>the text ends inside an array</source>
        <translation>le texte s&apos;arrête à l&apos;intérieur d&apos;un tableau</translation>
    </message>
    <message>
        <source>&apos;,&apos; or &apos;]&apos; is expected</source>
        <translation>&apos;,&apos; ou &apos;]&apos; est attendu</translation>
    </message>
    <message>
        <source>a value is expected</source>
        <translation>une valeur est attendue</translation>
    </message>
    <message>
        <source>the text is not UTF-8</source>
        <translation>le texte n&apos;est pas en UTF-8</translation>
    </message>
    <message>
        <source>null</source>
        <translation>null</translation>
    </message>
    <message>
        <source>a boolean</source>
        <translation>un booléen</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>un nombre</translation>
    </message>
    <message>
        <source>a string</source>
        <translation>une chaîne</translation>
    </message>
    <message>
        <source>an array</source>
        <translation>un tableau</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>un objet</translation>
    </message>
</context>
<context>
    <name>Lifecycle</name>
    <message>
        <source>Draft</source>
        <translation>Brouillon</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>Émis</translation>
    </message>
    <message>
        <source>Service done</source>
        <translation>Service fait</translation>
    </message>
    <message>
        <source>Invoiced</source>
        <translation>Facturé</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Payé</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Annulé</translation>
    </message>
    <message>
        <source>Order %1 is already at &quot;%2&quot;.</source>
        <translation>La commande %1 est déjà au statut &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>Order %1 is at &quot;%2&quot;: it cannot change any more.</source>
        <translation>La commande %1 est au statut &quot;%2&quot;&#xa0;: son statut ne peut plus changer.</translation>
    </message>
    <message>
        <source>Order %1 cannot be cancelled: its service is already done.</source>
        <translation>La commande %1 ne peut pas être annulée&#xa0;: son service fait est déjà constaté.</translation>
    </message>
    <message>
        <source>Order %1 cannot go from &quot;%2&quot; to &quot;%3&quot;: the next step is &quot;%4&quot;.</source>
        <translation>La commande %1 ne peut pas passer de &quot;%2&quot; à &quot;%3&quot;&#xa0;: l&apos;étape suivante est &quot;%4&quot;.</translation>
    </message>
    <message>
        <source>Order %1: the date of step &quot;%2&quot; is missing.</source>
        <translation>Commande %1&#xa0;: la date de l&apos;étape &quot;%2&quot; est manquante.</translation>
    </message>
    <message>
        <source>Order %1 cannot be at &quot;%2&quot; on %3, before it was at &quot;%4&quot; on %5.</source>
        <translation>La commande %1 ne peut pas passer au statut &quot;%2&quot; le %3&#xa0;: elle n&apos;est au statut &quot;%4&quot; que depuis le %5.</translation>
    </message>
</context>
<context>
    <name>Money</name>
    <message>
        <source>empty amount</source>
        <translation>montant vide</translation>
    </message>
    <message>
        <source>no digits in &quot;%1&quot;</source>
        <translation>aucun chiffre dans &quot;%1&quot;</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a number</source>
        <translation>&quot;%1&quot; n&apos;est pas un nombre</translation>
    </message>
    <message numerus="yes">
        <source>&quot;%1&quot; has more than %n decimal(s)</source>
        <translation>
            <numerusform>&quot;%1&quot; a plus de %n décimale</numerusform>
            <numerusform>&quot;%1&quot; a plus de %n décimales</numerusform>
        </translation>
    </message>
    <message>
        <source>&quot;%1&quot; is too large</source>
        <translation>&quot;%1&quot; est trop élevé</translation>
    </message>
</context>
<context>
    <name>NewDatabaseFile</name>
    <message>
        <source>%1: the file already exists</source>
        <translation>%1 : le fichier existe déjà</translation>
    </message>
    <message>
        <source>%1: the folder %2 does not exist</source>
        <translation>%1 : le dossier %2 n&apos;existe pas</translation>
    </message>
    <message>
        <source>%1: cannot create a file in %2: %3</source>
        <translation>%1 : impossible de créer un fichier dans %2 : %3</translation>
    </message>
    <message>
        <source>%1: cannot write the file: %2</source>
        <translation>%1 : impossible d&apos;écrire le fichier : %2</translation>
    </message>
</context>
<context>
    <name>OrderStore</name>
    <message>
        <source>Order %1 is not in the database.</source>
        <translation>Le bon de commande %1 n&apos;est pas dans la base.</translation>
    </message>
    <message>
        <source>The orders of this lot add up to an amount too large.</source>
        <translation>Les bons de commande de ce lot totalisent un montant trop grand.</translation>
    </message>
    <message>
        <source>An order needs a number.</source>
        <translation>Une commande doit avoir un numéro.</translation>
    </message>
    <message>
        <source>order number</source>
        <translation>numéro de bon de commande</translation>
    </message>
    <message>
        <source>commitment number</source>
        <translation>numéro d&apos;engagement juridique</translation>
    </message>
    <message>
        <source>override reason</source>
        <translation>motif du dépassement</translation>
    </message>
    <message>
        <source>Order %1: its lot does not exist.</source>
        <translation>Commande %1&#xa0;: son lot n&apos;existe pas.</translation>
    </message>
    <message>
        <source>Order %1: its beneficiary does not exist.</source>
        <translation>Commande %1&#xa0;: son bénéficiaire n&apos;existe pas.</translation>
    </message>
    <message>
        <source>Order number %1 is already used in this contract.</source>
        <translation>Le numéro de commande %1 est déjà utilisé dans ce contrat.</translation>
    </message>
    <message>
        <source>Order %1: a line has a quantity of zero or less.</source>
        <translation>Commande %1&#xa0;: une ligne a une quantité nulle ou négative.</translation>
    </message>
    <message>
        <source>Order %1: a line has a negative unit price.</source>
        <translation>Commande %1&#xa0;: une ligne a un prix unitaire négatif.</translation>
    </message>
    <message>
        <source>Order %1: a line amount is too large.</source>
        <translation>Commande %1&#xa0;: le montant d&apos;une ligne est trop élevé.</translation>
    </message>
    <message>
        <source>Order %1: the total is too large.</source>
        <translation>Commande %1&#xa0;: le total est trop élevé.</translation>
    </message>
    <message>
        <source>The amount including VAT of a line of order %1 is too large.</source>
        <translation>Le montant TTC d&apos;une ligne du bon de commande %1 est trop grand.</translation>
    </message>
</context>
<context>
    <name>OrdersImport</name>
    <message>
        <source>the file has no order line</source>
        <translation>le fichier ne contient aucune ligne de commande</translation>
    </message>
    <message>
        <source>the fields are separated by &apos;%1&apos; while the header uses &apos;%2&apos;</source>
        <translation>les champs sont séparés par &apos;%1&apos; alors que l&apos;en-tête utilise &apos;%2&apos;</translation>
    </message>
    <message>
        <source>%1 fields instead of %2</source>
        <translation>%1 champs au lieu de %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has a decimal %2 while line %3 has a decimal %4</source>
        <translation>&quot;%1&quot; utilise %2 comme séparateur décimal, alors que la ligne %3 utilise %4</translation>
    </message>
    <message>
        <source>comma</source>
        <translation>la virgule</translation>
    </message>
    <message>
        <source>point</source>
        <translation>le point</translation>
    </message>
    <message>
        <source>order: the order number is missing</source>
        <translation>order&#xa0;: le numéro de commande manque</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a date (YYYY-MM-DD or DD/MM/YYYY)</source>
        <translation>%1&#xa0;: &quot;%2&quot; n&apos;est pas une date (AAAA-MM-JJ ou JJ/MM/AAAA)</translation>
    </message>
    <message>
        <source>status: &quot;%1&quot; is not a status (draft, issued, done, invoiced, paid, cancelled)</source>
        <translation>status&#xa0;: &quot;%1&quot; n&apos;est pas un statut (draft, issued, done, invoiced, paid, cancelled)</translation>
    </message>
    <message>
        <source>quantity: %1</source>
        <translation>quantity&#xa0;: %1</translation>
    </message>
    <message>
        <source>quantity: &quot;%1&quot; is not greater than zero</source>
        <translation>quantity&#xa0;: &quot;%1&quot; n&apos;est pas supérieur à zéro</translation>
    </message>
    <message>
        <source>unit_price_ht: empty, and there is no issue date to take the schedule&apos;s price at</source>
        <translation>unit_price_ht&#xa0;: vide, et aucune date d&apos;émission ne permet de prendre le prix du bordereau</translation>
    </message>
    <message>
        <source>unit_price_ht: empty, and work unit %1 has no price on %2</source>
        <translation>unit_price_ht&#xa0;: vide, et l&apos;unité d&apos;œuvre %1 n&apos;a pas de prix au %2</translation>
    </message>
    <message>
        <source>unit_price_ht: %1</source>
        <translation>unit_price_ht&#xa0;: %1</translation>
    </message>
    <message>
        <source>unit_price_ht: &quot;%1&quot; is negative</source>
        <translation>unit_price_ht&#xa0;: &quot;%1&quot; est négatif</translation>
    </message>
    <message>
        <source>the amount of the line is too large</source>
        <translation>le montant de la ligne est trop élevé</translation>
    </message>
    <message>
        <source>order %1 is already at line %2 with another lot, beneficiary, status or date</source>
        <translation>la commande %1 figure déjà à la ligne %2 avec un autre lot, bénéficiaire, statut ou une autre date</translation>
    </message>
    <message>
        <source>order %1 already exists in contract %2</source>
        <translation>la commande %1 existe déjà dans le contrat %2</translation>
    </message>
    <message>
        <source>%1: a date is given but the status is %2</source>
        <translation>%1&#xa0;: une date est indiquée mais le statut est %2</translation>
    </message>
    <message>
        <source>%1: the date is missing for status %2</source>
        <translation>%1&#xa0;: la date manque pour le statut %2</translation>
    </message>
    <message>
        <source>the orders of this lot add up to an amount too large</source>
        <translation>les commandes de ce lot totalisent un montant trop élevé</translation>
    </message>
    <message>
        <source>order %1 takes its lot past its maximum of %2 (ordered with this file: %3)</source>
        <translation>la commande %1 porte son lot au-delà de son montant maximum de %2 (commandé avec ce fichier&#xa0;: %3)</translation>
    </message>
    <message numerus="yes">
        <source>order %1 of contract %2: %n line(s), %3 excl. VAT, %4</source>
        <translation>
            <numerusform>commande %1 du contrat %2&#xa0;: %n ligne, %3 HT, %4</numerusform>
            <numerusform>commande %1 du contrat %2&#xa0;: %n lignes, %3 HT, %4</numerusform>
        </translation>
    </message>
    <message>
        <source>unit_price_ht: the revision of %1 is not applied (%2): %3 is used</source>
        <translation>unit_price_ht&#xa0;: la révision du %1 n&apos;est pas appliquée (%2)&#xa0;: %3 est utilisé</translation>
    </message>
</context>
<context>
    <name>OutputFile</name>
    <message>
        <source>the data could not all be written (is the disk full?)</source>
        <translation>les données n&apos;ont pas pu être toutes écrites (le disque est-il plein ?)</translation>
    </message>
    <message>
        <source>%1: cannot write the file: %2</source>
        <translation>%1 : impossible d&apos;écrire le fichier : %2</translation>
    </message>
    <message>
        <source>it is a folder</source>
        <translation>c&apos;est un dossier</translation>
    </message>
</context>
<context>
    <name>Plafond::AlertsModel</name>
    <message>
        <source>Information</source>
        <translation>Information</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Avertissement</translation>
    </message>
    <message>
        <source>Critical</source>
        <translation>Critique</translation>
    </message>
    <message>
        <source>Lot %1</source>
        <translation>Lot %1</translation>
    </message>
    <message>
        <source>Contract</source>
        <translation>Contrat</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Gravité</translation>
    </message>
    <message>
        <source>Alert</source>
        <translation>Alerte</translation>
    </message>
    <message>
        <source>Lot</source>
        <translation>Lot</translation>
    </message>
</context>
<context>
    <name>Plafond::AmendmentDialog</name>
    <message>
        <source>Amendment</source>
        <translation>Avenant</translation>
    </message>
    <message>
        <source>New amendment</source>
        <translation>Nouvel avenant</translation>
    </message>
    <message>
        <source>Negative for a decrease of the maximum</source>
        <translation>Négatif pour une diminution du montant maximum</translation>
    </message>
    <message>
        <source>&amp;Signed on:</source>
        <translation>&amp;Signé le&#xa0;:</translation>
    </message>
    <message>
        <source>Change of &amp;maximum excl. VAT:</source>
        <translation>Variation du &amp;montant maximum HT&#xa0;:</translation>
    </message>
    <message>
        <source>Change of &amp;duration (months):</source>
        <translation>Variation de la &amp;durée (mois)&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>M&amp;otif&#xa0;:</translation>
    </message>
</context>
<context>
    <name>Plafond::AmendmentsModel</name>
    <message>
        <source>Signed on</source>
        <translation>Signé le</translation>
    </message>
    <message>
        <source>Change of maximum</source>
        <translation>Variation du montant maximum</translation>
    </message>
    <message>
        <source>Change of duration (months)</source>
        <translation>Variation de la durée (mois)</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>Maximum after it</source>
        <translation>Montant maximum après l&apos;avenant</translation>
    </message>
    <message>
        <source>End after it</source>
        <translation>Fin après l&apos;avenant</translation>
    </message>
</context>
<context>
    <name>Plafond::AmendmentsWidget</name>
    <message>
        <source>The whole contract</source>
        <translation>L&apos;ensemble du contrat</translation>
    </message>
    <message numerus="yes">
        <source>Initial maximum %1, ending %2; after %n amendment(s): maximum %3, ending %4.</source>
        <translation>
            <numerusform>Montant maximum initial %1, fin le %2&#xa0;; après %n avenant&#xa0;: montant maximum %3, fin le %4.</numerusform>
            <numerusform>Montant maximum initial %1, fin le %2&#xa0;; après %n avenants&#xa0;: montant maximum %3, fin le %4.</numerusform>
        </translation>
    </message>
    <message>
        <source>Add amendment</source>
        <translation>Ajouter un avenant</translation>
    </message>
    <message>
        <source>Remove amendment</source>
        <translation>Supprimer un avenant</translation>
    </message>
    <message>
        <source>Edit amendment</source>
        <translation>Modifier un avenant</translation>
    </message>
    <message>
        <source>Amendment</source>
        <translation>Avenant</translation>
    </message>
    <message>
        <source>&amp;Register of:</source>
        <translation>&amp;Registre de&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Add amendment…</source>
        <translation>&amp;Ajouter un avenant…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Modifier…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Supprimer</translation>
    </message>
</context>
<context>
    <name>Plafond::AsOfControl</name>
    <message>
        <source>A&amp;s of:</source>
        <translation>&amp;Situation au&#xa0;:</translation>
    </message>
    <message>
        <source>Move through the contract&apos;s life: every figure and chart follows.</source>
        <translation>Parcourez la vie du contrat&#xa0;: tous les chiffres et graphiques suivent.</translation>
    </message>
</context>
<context>
    <name>Plafond::BeneficiariesDialog</name>
    <message>
        <source>Beneficiaries</source>
        <translation>Bénéficiaires</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Add &amp;top-level</source>
        <translation>Ajouter au premier ni&amp;veau</translation>
    </message>
    <message>
        <source>Add &amp;under selected</source>
        <translation>Ajouter so&amp;us la sélection</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <source>e.g. DGFIP</source>
        <translation>p. ex. DGFIP</translation>
    </message>
    <message>
        <source>C&amp;ode:</source>
        <translation>C&amp;ode&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Parent:</source>
        <translation>Entité &amp;parente&#xa0;:</translation>
    </message>
    <message>
        <source>New beneficiary</source>
        <translation>Nouveau bénéficiaire</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Ajouter</translation>
    </message>
    <message>
        <source>Selected beneficiary</source>
        <translation>Bénéficiaire sélectionné</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <source>(top level)</source>
        <translation>(premier niveau)</translation>
    </message>
    <message>
        <source>%1%2 — %3</source>
        <translation>%1%2 — %3</translation>
    </message>
    <message>
        <source>Beneficiary not saved</source>
        <translation>Bénéficiaire non enregistré</translation>
    </message>
    <message>
        <source>The code %1 is already used by %2.</source>
        <translation>Le code %1 est déjà utilisé par %2.</translation>
    </message>
    <message>
        <source>Edit beneficiary %1</source>
        <translation>Modification du bénéficiaire %1</translation>
    </message>
    <message>
        <source>Add beneficiary %1</source>
        <translation>Ajout du bénéficiaire %1</translation>
    </message>
    <message>
        <source>Beneficiary not removed</source>
        <translation>Bénéficiaire non supprimé</translation>
    </message>
    <message>
        <source>Remove beneficiary %1</source>
        <translation>Suppression du bénéficiaire %1</translation>
    </message>
</context>
<context>
    <name>Plafond::ComponentUsesModel</name>
    <message>
        <source>Covered</source>
        <translation>Couverts</translation>
    </message>
    <message>
        <source>Not covered</source>
        <translation>Non couverts</translation>
    </message>
    <message>
        <source>Declared used</source>
        <translation>Déclarés utilisés</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <source>Coverage</source>
        <translation>Couverture</translation>
    </message>
    <message>
        <source>Declared on</source>
        <translation>Déclaré le</translation>
    </message>
</context>
<context>
    <name>Plafond::ComponentUsesWidget</name>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>&amp;Beneficiary:</source>
        <translation>&amp;Bénéficiaire&#xa0;:</translation>
    </message>
    <message numerus="yes">
        <source>Used but not covered: %n declared use(s) of a component that no lot of any contract covers</source>
        <translation>
            <numerusform>Utilisés mais non couverts&#xa0;: %n utilisation déclarée d&apos;un composant qu&apos;aucun lot d&apos;aucun contrat ne couvre</numerusform>
            <numerusform>Utilisés mais non couverts&#xa0;: %n utilisations déclarées de composants qu&apos;aucun lot d&apos;aucun contrat ne couvre</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Plafond::ComponentsModel</name>
    <message>
        <source>%1 lot %2</source>
        <translation>%1 lot %2</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 à %2</translation>
    </message>
    <message>
        <source>Recommended</source>
        <translation>Recommandé</translation>
    </message>
    <message>
        <source>In observation</source>
        <translation>En observation</translation>
    </message>
    <message>
        <source>No longer recommended</source>
        <translation>Plus recommandé</translation>
    </message>
    <message>
        <source>Component</source>
        <translation>Composant</translation>
    </message>
    <message>
        <source>SILL id</source>
        <translation>Identifiant SILL</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>Licence</translation>
    </message>
    <message>
        <source>Versions</source>
        <translation>Versions</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Covered by</source>
        <translation>Couvert par</translation>
    </message>
</context>
<context>
    <name>Plafond::ComponentsWidget</name>
    <message>
        <source>&amp;Coverage:</source>
        <translation>Cou&amp;verture&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Lot:</source>
        <translation>&amp;Lot&#xa0;:</translation>
    </message>
    <message>
        <source>C&amp;ategory:</source>
        <translation>Ca&amp;tégorie&#xa0;:</translation>
    </message>
    <message>
        <source>All components</source>
        <translation>Tous les composants</translation>
    </message>
    <message>
        <source>Covered</source>
        <translation>Couverts</translation>
    </message>
    <message>
        <source>Not covered</source>
        <translation>Non couverts</translation>
    </message>
    <message>
        <source>Any lot</source>
        <translation>Tous les lots</translation>
    </message>
    <message>
        <source>Any category</source>
        <translation>Toutes les catégories</translation>
    </message>
    <message>
        <source>%1: %2 catalogued components covered, of %3 in the contract&apos;s stated scope</source>
        <translation>%1&#xa0;: %2 composants catalogués couverts, sur %3 dans le périmètre déclaré du contrat</translation>
    </message>
    <message numerus="yes">
        <source>%n component(s) in the catalogue</source>
        <translation>
            <numerusform>%n composant au catalogue</numerusform>
            <numerusform>%n composants au catalogue</numerusform>
        </translation>
    </message>
    <message>
        <source>Catalogue</source>
        <translation>Catalogue</translation>
    </message>
    <message>
        <source>Coverage matrix</source>
        <translation>Matrice de couverture</translation>
    </message>
    <message>
        <source>Declared use</source>
        <translation>Utilisation déclarée</translation>
    </message>
    <message>
        <source>Upstream contributions</source>
        <translation>Contributions amont</translation>
    </message>
</context>
<context>
    <name>Plafond::ConsumptionSeriesModel</name>
    <message>
        <source>%1 (forecast)</source>
        <translation>%1 (prévision)</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Mois</translation>
    </message>
    <message>
        <source>Ordered in the month</source>
        <translation>Commandé dans le mois</translation>
    </message>
    <message>
        <source>Ordered, cumulative</source>
        <translation>Commandé, en cumul</translation>
    </message>
</context>
<context>
    <name>Plafond::ContractDialog</name>
    <message>
        <source> months</source>
        <translation> mois</translation>
    </message>
    <message>
        <source>Contract</source>
        <translation>Contrat</translation>
    </message>
    <message>
        <source>e.g. MEF-ELL-2020</source>
        <translation>p. ex. MEF-ELL-2020</translation>
    </message>
    <message>
        <source>&amp;Reference:</source>
        <translation>&amp;Référence&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Intitulé&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Buyer:</source>
        <translation>&amp;Acheteur&#xa0;:</translation>
    </message>
    <message>
        <source>Number of software components the contract covers</source>
        <translation>Nombre de composants logiciels couverts par le contrat</translation>
    </message>
    <message>
        <source>&amp;Components in scope:</source>
        <translation>&amp;Composants couverts&#xa0;:</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Durée</translation>
    </message>
    <message>
        <source>&amp;Notified on:</source>
        <translation>&amp;Notifié le&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Start date:</source>
        <translation>Date de &amp;début&#xa0;:</translation>
    </message>
    <message>
        <source>D&amp;uration:</source>
        <translation>D&amp;urée&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Firm period:</source>
        <translation>Tranche &amp;ferme&#xa0;:</translation>
    </message>
    <message>
        <source>Number of rene&amp;wals:</source>
        <translation>Nom&amp;bre de reconductions&#xa0;:</translation>
    </message>
    <message>
        <source>Length of each renewa&amp;l:</source>
        <translation>Durée de c&amp;haque reconduction&#xa0;:</translation>
    </message>
    <message>
        <source>End date:</source>
        <translation>Date de fin&#xa0;:</translation>
    </message>
    <message>
        <source>Amounts (excl. VAT)</source>
        <translation>Montants (HT)</translation>
    </message>
    <message>
        <source>M&amp;inimum:</source>
        <translation>Montant &amp;minimum&#xa0;:</translation>
    </message>
    <message>
        <source>M&amp;aximum:</source>
        <translation>Montant ma&amp;ximum&#xa0;:</translation>
    </message>
    <message>
        <source>The amount announced at award, when it differs from the maximum</source>
        <translation>Le montant annoncé à l&apos;attribution, s&apos;il diffère du montant maximum</translation>
    </message>
    <message>
        <source>Awar&amp;ded amount:</source>
        <translation>Montant a&amp;ttribué&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;VAT rate (%):</source>
        <translation>Taux de T&amp;VA (%)&#xa0;:</translation>
    </message>
    <message>
        <source>Price revision</source>
        <translation>Révision des prix</translation>
    </message>
    <message>
        <source>Inde&amp;x:</source>
        <translation>Indic&amp;e&#xa0;:</translation>
    </message>
    <message>
        <source>YYYY-MM</source>
        <translation>AAAA-MM</translation>
    </message>
    <message>
        <source>Base &amp;month:</source>
        <translation>M&amp;ois de base&#xa0;:</translation>
    </message>
    <message>
        <source>The part a of P = P0 × (a + (1 − a) × S / S0), between 0 and 1</source>
        <translation>La part fixe a de P = P0 × (a + (1 − a) × S / S0), entre 0 et 1</translation>
    </message>
    <message>
        <source>Fixed &amp;part:</source>
        <translation>&amp;Part fixe&#xa0;:</translation>
    </message>
    <message>
        <source>Claus&amp;e:</source>
        <translation>C&amp;lause&#xa0;:</translation>
    </message>
    <message>
        <source>A rate in percent is expected, with at most two decimals (e.g. %1).</source>
        <translation>Un taux en pourcentage est attendu, avec au plus deux décimales (p. ex. %1).</translation>
    </message>
    <message>
        <source>The rate cannot be above 100 %.</source>
        <translation>Le taux ne peut pas dépasser 100&#xa0;%.</translation>
    </message>
    <message>
        <source>A reference is required.</source>
        <translation>Une référence est requise.</translation>
    </message>
    <message>
        <source>The minimum is above the maximum.</source>
        <translation>Le montant minimum est supérieur au montant maximum.</translation>
    </message>
    <message>
        <source>A month is expected as YYYY-MM, e.g. 2020-06.</source>
        <translation>Un mois est attendu au format AAAA-MM, p. ex. 2020-06.</translation>
    </message>
    <message>
        <source>A decimal number between 0 and 1 is expected, e.g. %1.</source>
        <translation>Un nombre décimal entre 0 et 1 est attendu, p. ex. %1.</translation>
    </message>
    <message>
        <source>The firm period is longer than the contract.</source>
        <translation>La tranche ferme est plus longue que le contrat.</translation>
    </message>
    <message>
        <source>%1 (firm period until %2)</source>
        <translation>%1 (tranche ferme jusqu&apos;au %2)</translation>
    </message>
    <message>
        <source>Contract not saved</source>
        <translation>Contrat non enregistré</translation>
    </message>
    <message>
        <source>Contract %1</source>
        <translation>Contrat %1</translation>
    </message>
    <message>
        <source>New contract</source>
        <translation>Nouveau contrat</translation>
    </message>
    <message>
        <source>A contract with the reference %1 already exists.</source>
        <translation>Un contrat de référence %1 existe déjà.</translation>
    </message>
    <message>
        <source>Edit contract %1</source>
        <translation>Modification du contrat %1</translation>
    </message>
    <message>
        <source>Create contract %1</source>
        <translation>Création du contrat %1</translation>
    </message>
    <message>
        <source>The contract %1 no longer exists.</source>
        <translation>Le contrat %1 n&apos;existe plus.</translation>
    </message>
    <message>
        <source>Percentages of the maximum that raise an alert, in ascending order</source>
        <translation>Pourcentages du montant maximum qui déclenchent une alerte, en ordre croissant</translation>
    </message>
    <message>
        <source>Alert t&amp;hresholds (%):</source>
        <translation>&amp;Seuils d&apos;alerte (%)&#xa0;:</translation>
    </message>
    <message>
        <source>Whole percentages between 1 and 200, in ascending order, separated by commas, e.g. 70, 90, 100.</source>
        <translation>Des pourcentages entiers entre 1 et 200 sont attendus, en ordre croissant, séparés par des virgules, p. ex. 70, 90, 100.</translation>
    </message>
    <message>
        <source>Each anniversary of the start</source>
        <translation>Chaque anniversaire du début</translation>
    </message>
    <message>
        <source>The revision dates, ascending, as YYYY-MM-DD separated by commas; empty: each anniversary of the start. S is the index of the month as many months before the revision as the base month is before the start.</source>
        <translation>Les dates de révision, croissantes, au format AAAA-MM-JJ séparées par des virgules&#xa0;; vide&#xa0;: chaque anniversaire du début. S est l&apos;indice du mois situé autant de mois avant la révision que le mois de base l&apos;est avant le début.</translation>
    </message>
    <message>
        <source>Revision &amp;dates:</source>
        <translation>&amp;Dates de révision&#xa0;:</translation>
    </message>
    <message>
        <source>How the coefficient a + (1 − a) × S / S0 is rounded before it applies; the revised price is always rounded to the cent</source>
        <translation>Comment le coefficient a + (1 − a) × S / S0 est arrondi avant de s&apos;appliquer&#xa0;; le prix révisé est toujours arrondi au centime</translation>
    </message>
    <message>
        <source>Coefficient not rounded</source>
        <translation>Coefficient non arrondi</translation>
    </message>
    <message numerus="yes">
        <source>Coefficient rounded to %n decimal(s)</source>
        <translation>
            <numerusform>Coefficient arrondi à %n décimale</numerusform>
            <numerusform>Coefficient arrondi à %n décimales</numerusform>
        </translation>
    </message>
    <message>
        <source>Ro&amp;unding:</source>
        <translation>A&amp;rrondi&#xa0;:</translation>
    </message>
    <message>
        <source>Dates are expected as YYYY-MM-DD, ascending, separated by commas, e.g. 2021-09-01, 2022-09-01.</source>
        <translation>Les dates sont attendues au format AAAA-MM-JJ, croissantes, séparées par des virgules, p. ex. 2021-09-01, 2022-09-01.</translation>
    </message>
</context>
<context>
    <name>Plafond::ContractTreeModel</name>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Holders not provided</source>
        <translation>Titulaires non communiqués</translation>
    </message>
    <message>
        <source>Lot %1 — %2</source>
        <translation>Lot %1 — %2</translation>
    </message>
    <message>
        <source>Contract / lot</source>
        <translation>Contrat / lot</translation>
    </message>
    <message>
        <source>Maximum excl. VAT</source>
        <translation>Montant maximum HT</translation>
    </message>
</context>
<context>
    <name>Plafond::ContributionDialog</name>
    <message>
        <source>Edit a contribution</source>
        <translation>Modifier une contribution</translation>
    </message>
    <message>
        <source>Add a contribution</source>
        <translation>Ajouter une contribution</translation>
    </message>
    <message>
        <source>https://… (merge request, patch, commit)</source>
        <translation>https://… (merge request, correctif, commit)</translation>
    </message>
    <message>
        <source>%1 · lot %2 · %3 · %4 · %5</source>
        <translation>%1 · lot %2 · %3 · %4 · %5</translation>
    </message>
    <message>
        <source>(no catalogued component)</source>
        <translation>(aucun composant catalogué)</translation>
    </message>
    <message>
        <source>Development &amp;line:</source>
        <translation>&amp;Ligne de développement&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Component:</source>
        <translation>&amp;Composant&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Address (URL):</source>
        <translation>&amp;Adresse (URL)&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;State:</source>
        <translation>É&amp;tat&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Date of the state:</source>
        <translation>&amp;Date de l&apos;état&#xa0;:</translation>
    </message>
    <message>
        <source>This contract has no development order line.</source>
        <translation>Ce contrat n&apos;a aucune ligne de commande de développement.</translation>
    </message>
    <message>
        <source>Give the address where the contribution can be seen.</source>
        <translation>Indiquez l&apos;adresse où la contribution peut être consultée.</translation>
    </message>
    <message>
        <source>The address is not a valid URL.</source>
        <translation>L&apos;adresse n&apos;est pas une URL valide.</translation>
    </message>
</context>
<context>
    <name>Plafond::ContributionsModel</name>
    <message>
        <source>Order</source>
        <translation>Commande</translation>
    </message>
    <message>
        <source>Work unit</source>
        <translation>Unité d&apos;œuvre</translation>
    </message>
    <message>
        <source>Component</source>
        <translation>Composant</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
</context>
<context>
    <name>Plafond::ContributionsWidget</name>
    <message>
        <source>Development ordered excl. VAT: %1; with a merged contribution: %2 (%3 %)</source>
        <translation>Développement commandé HT&#xa0;: %1&#xa0;; avec une contribution intégrée&#xa0;: %2 (%3&#xa0;%)</translation>
    </message>
    <message>
        <source>Lot %1: %2 of %3 (%4 %)</source>
        <translation>Lot %1&#xa0;: %2 sur %3 (%4&#xa0;%)</translation>
    </message>
    <message>
        <source>Edit a contribution</source>
        <translation>Modifier une contribution</translation>
    </message>
    <message>
        <source>Add a contribution</source>
        <translation>Ajouter une contribution</translation>
    </message>
    <message>
        <source>Remove a contribution</source>
        <translation>Supprimer une contribution</translation>
    </message>
    <message>
        <source>C&amp;ontract:</source>
        <translation>C&amp;ontrat&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;As of:</source>
        <translation>A&amp;u&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Add a contribution…</source>
        <translation>&amp;Ajouter une contribution…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Modifier…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message numerus="yes">
        <source>%n development order(s) without a merged contribution</source>
        <translation>
            <numerusform>%n commande de développement sans contribution intégrée</numerusform>
            <numerusform>%n commandes de développement sans contribution intégrée</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Plafond::CoverageMatrixModel</name>
    <message>
        <source>%1 lot %2</source>
        <translation>%1 lot %2</translation>
    </message>
    <message>
        <source>%1 is covered by %2</source>
        <translation>%1 est couvert par %2</translation>
    </message>
    <message>
        <source>%1 is not covered by %2</source>
        <translation>%1 n&apos;est pas couvert par %2</translation>
    </message>
    <message>
        <source>Component</source>
        <translation>Composant</translation>
    </message>
</context>
<context>
    <name>Plafond::CoverageMatrixWidget</name>
    <message>
        <source>All contracts</source>
        <translation>Tous les contrats</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n component(s)</source>
        <translation>
            <numerusform>%1&#xa0;: %n composant</numerusform>
            <numerusform>%1&#xa0;: %n composants</numerusform>
        </translation>
    </message>
    <message>
        <source>No lot or no component.</source>
        <translation>Aucun lot ou aucun composant.</translation>
    </message>
    <message>
        <source>Cover a component</source>
        <translation>Couvrir un composant</translation>
    </message>
    <message>
        <source>Uncover a component</source>
        <translation>Retirer la couverture d&apos;un composant</translation>
    </message>
    <message>
        <source>C&amp;ontract:</source>
        <translation>C&amp;ontrat&#xa0;:</translation>
    </message>
</context>
<context>
    <name>Plafond::DashboardCharts</name>
    <message>
        <source>Consumption of the lot, in % of its maximum</source>
        <translation>Consommation du lot, en&#xa0;% de son montant maximum</translation>
    </message>
    <message>
        <source>Consumption of each lot, in % of its maximum</source>
        <translation>Consommation de chaque lot, en&#xa0;% de son montant maximum</translation>
    </message>
    <message>
        <source>Cumulative amount ordered, in k€ excl. VAT</source>
        <translation>Montant commandé cumulé, en k€ HT</translation>
    </message>
    <message>
        <source>Spending per ministry, in k€ excl. VAT</source>
        <translation>Commandes par ministère, en k€ HT</translation>
    </message>
    <message>
        <source>Work-unit mix and budget used, in %</source>
        <translation>Répartition par unité d&apos;œuvre et budget consommé, en&#xa0;%</translation>
    </message>
    <message>
        <source>Ordered</source>
        <translation>Commandé</translation>
    </message>
    <message>
        <source>Forecast</source>
        <translation>Prévision</translation>
    </message>
    <message>
        <source>Maximum</source>
        <translation>Montant maximum</translation>
    </message>
    <message>
        <source>Budget (100%)</source>
        <translation>Budget (100&#xa0;%)</translation>
    </message>
    <message>
        <source>As of %1</source>
        <translation>Situation au %1</translation>
    </message>
    <message>
        <source>Lot %1 — %2</source>
        <translation>Lot %1 — %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1: %2 (%3)</source>
        <translation>%1&#xa0;: %2 (%3)</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Ordered: %1 (%2 of the total), directions and bodies included</source>
        <translation>Commandé&#xa0;: %1 (%2 du total), directions et organismes rattachés compris</translation>
    </message>
    <message>
        <source>Click to list its orders.</source>
        <translation>Cliquez pour afficher ses commandes.</translation>
    </message>
    <message>
        <source>Ordered: %1 (%2 of the amount)</source>
        <translation>Commandé&#xa0;: %1 (%2 du montant total)</translation>
    </message>
    <message>
        <source>Quantity: %1 of a budget of %2 (%3)</source>
        <translation>Quantité&#xa0;: %1 sur un budget de %2 (%3)</translation>
    </message>
    <message>
        <source>Quantity: %1, no budget set</source>
        <translation>Quantité&#xa0;: %1, aucun budget défini</translation>
    </message>
    <message>
        <source>Forecast for %1: %2 ordered</source>
        <translation>Prévision au %1&#xa0;: cumul commandé de %2</translation>
    </message>
    <message>
        <source>Ordered by %1: %2 (%3 in the month)</source>
        <translation>Cumul commandé au %1&#xa0;: %2 (%3 dans le mois)</translation>
    </message>
    <message>
        <source>Thresholds</source>
        <translation>Seuils</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Payé</translation>
    </message>
    <message>
        <source>Invoiced</source>
        <translation>Facturé</translation>
    </message>
    <message>
        <source>Service done</source>
        <translation>Service fait</translation>
    </message>
</context>
<context>
    <name>Plafond::DashboardFigures</name>
    <message>
        <source>Maximum excl. VAT</source>
        <translation>Montant maximum HT</translation>
    </message>
    <message>
        <source>Ordered</source>
        <translation>Commandé</translation>
    </message>
    <message>
        <source>Remaining</source>
        <translation>Reste</translation>
    </message>
    <message>
        <source>Consumed</source>
        <translation>Consommé</translation>
    </message>
    <message>
        <source>Maximum reached (forecast)</source>
        <translation>Atteinte du montant maximum (prévision)</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>%1 · Lot %2 — %3</source>
        <translation>%1 · Lot %2 — %3</translation>
    </message>
    <message>
        <source>Service done %1 · invoiced %2 · paid %3 (excl. VAT)</source>
        <translation>Service fait %1 · facturé %2 · payé %3 (HT)</translation>
    </message>
    <message>
        <source>The %1% threshold is reached.</source>
        <translation>Le seuil de %1&#xa0;% est atteint.</translation>
    </message>
    <message>
        <source>No threshold is reached.</source>
        <translation>Aucun seuil n&apos;est atteint.</translation>
    </message>
    <message>
        <source>Already reached</source>
        <translation>Déjà atteint</translation>
    </message>
    <message>
        <source>Not before the end</source>
        <translation>Pas avant la fin du contrat</translation>
    </message>
    <message numerus="yes">
        <source>At %1 a month, the rate of the last %n month(s); the contract ends on %2.</source>
        <translation>
            <numerusform>Au rythme de %1 par mois, mesuré sur %n mois&#xa0;; le contrat se termine le %2.</numerusform>
            <numerusform>Au rythme de %1 par mois, mesuré sur les %n derniers mois&#xa0;; le contrat se termine le %2.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Plafond::DashboardWidget</name>
    <message>
        <source>Choose a contract or a lot on the left to see its dashboard.</source>
        <translation>Choisissez un contrat ou un lot à gauche pour afficher son tableau de bord.</translation>
    </message>
    <message>
        <source>No database is open.</source>
        <translation>Aucune base de données n&apos;est ouverte.</translation>
    </message>
    <message>
        <source>The dashboard cannot be computed: %1</source>
        <translation>Le tableau de bord ne peut pas être calculé&#xa0;: %1</translation>
    </message>
    <message>
        <source>&amp;Alerts (%1)</source>
        <translation>&amp;Alertes (%1)</translation>
    </message>
    <message>
        <source>Double-click or press Enter on an alert to show its lot.</source>
        <translation>Double-cliquez sur une alerte ou appuyez sur Entrée pour afficher son lot.</translation>
    </message>
    <message>
        <source>Computing the dashboard</source>
        <translation>Calcul du tableau de bord</translation>
    </message>
</context>
<context>
    <name>Plafond::ExportActions</name>
    <message>
        <source>Export PDF &amp;summary…</source>
        <translation>Exporter la &amp;synthèse PDF…</translation>
    </message>
    <message>
        <source>A PDF summary of a contract, or of all of them, at a date, for audit and archiving</source>
        <translation>Synthèse PDF d&apos;un contrat, ou de tous les contrats, à une date donnée, pour le contrôle et l&apos;archivage</translation>
    </message>
    <message>
        <source>Export table as &amp;CSV…</source>
        <translation>Exporter le tableau au format &amp;CSV…</translation>
    </message>
    <message>
        <source>The orders table as it is shown, with its filters and sort, for a spreadsheet</source>
        <translation>Le tableau des commandes tel qu&apos;il est affiché, avec ses filtres et son tri, pour un tableur</translation>
    </message>
    <message>
        <source>Export PDF summary</source>
        <translation>Exporter la synthèse PDF</translation>
    </message>
    <message>
        <source>There is no contract in this database.</source>
        <translation>Cette base de données ne contient aucun contrat.</translation>
    </message>
    <message>
        <source>French spreadsheet (;, decimal comma)</source>
        <translation>Tableur français (;, virgule décimale)</translation>
    </message>
    <message>
        <source>Standard (comma, decimal point)</source>
        <translation>Standard (virgule, point décimal)</translation>
    </message>
    <message>
        <source>Export table as CSV</source>
        <translation>Exporter le tableau au format CSV</translation>
    </message>
    <message>
        <source>Format:</source>
        <translation>Format&#xa0;:</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
</context>
<context>
    <name>Plafond::ImportActions</name>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importer</translation>
    </message>
    <message>
        <source>Import contracts, orders, catalogues or index values from a file, checked and previewed before anything is written</source>
        <translation>Importer des contrats, des bons de commande, des catalogues ou des valeurs d&apos;indice depuis un fichier, vérifiés et prévisualisés avant toute écriture</translation>
    </message>
    <message>
        <source>&amp;%1 %2…</source>
        <translation>&amp;%1 %2…</translation>
    </message>
</context>
<context>
    <name>Plafond::ImportDialog</name>
    <message>
        <source>Import</source>
        <translation>Importer</translation>
    </message>
    <message>
        <source>Path of the file to import</source>
        <translation>Chemin du fichier à importer</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Parcourir…</translation>
    </message>
    <message>
        <source>&amp;Skip malformed entries (they are listed) instead of refusing the file</source>
        <translation>&amp;Ignorer les entrées mal formées (elles sont listées) au lieu de refuser le fichier</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Type&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Fichier&#xa0;:</translation>
    </message>
    <message>
        <source>C&amp;ancel</source>
        <translation>A&amp;nnuler</translation>
    </message>
    <message>
        <source>&amp;Check file</source>
        <translation>&amp;Vérifier le fichier</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importer</translation>
    </message>
    <message>
        <source>Choose the file, then check it: nothing is written before you press Import.</source>
        <translation>Choisissez le fichier, puis vérifiez-le&#xa0;: rien n&apos;est écrit avant que vous appuyiez sur Importer.</translation>
    </message>
    <message>
        <source>C&amp;hanges (%1)</source>
        <translation>&amp;Modifications (%1)</translation>
    </message>
    <message>
        <source>&amp;Warnings (%1)</source>
        <translation>&amp;Avertissements (%1)</translation>
    </message>
    <message>
        <source>&amp;Errors (%1)</source>
        <translation>&amp;Erreurs (%1)</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Annulation…</translation>
    </message>
    <message>
        <source>Checking %1…</source>
        <translation>Vérification de %1…</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Impossible de lire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Check cancelled: nothing was written.</source>
        <translation>Vérification annulée&#xa0;: rien n&apos;a été écrit.</translation>
    </message>
    <message>
        <source>%1 cannot be imported as it is: correct the errors listed and check it again. Nothing was written.</source>
        <translation>%1 ne peut pas être importé en l&apos;état&#xa0;: corrigez les erreurs listées et vérifiez-le à nouveau. Rien n&apos;a été écrit.</translation>
    </message>
    <message>
        <source>%1 is ready to import: the changes listed are written in one transaction when you press Import. An import cannot be undone with Edit → Undo, and it clears the undo history.</source>
        <translation>%1 est prêt à être importé&#xa0;: les modifications listées sont écrites en une seule transaction quand vous appuyez sur Importer. Un import ne peut pas être annulé par Édition → Annuler, et il efface l&apos;historique des annulations.</translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation>Import de %1…</translation>
    </message>
    <message>
        <source>Import cancelled: nothing was written.</source>
        <translation>Import annulé&#xa0;: rien n&apos;a été écrit.</translation>
    </message>
    <message>
        <source>The import failed and nothing was written: %1</source>
        <translation>L&apos;import a échoué et rien n&apos;a été écrit&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>Plafond::IndexSeriesModel</name>
    <message>
        <source>Month</source>
        <translation>Mois</translation>
    </message>
    <message>
        <source>Old series</source>
        <translation>Ancienne série</translation>
    </message>
    <message>
        <source>Revised series</source>
        <translation>Série révisée</translation>
    </message>
    <message>
        <source>In force, revised-series units</source>
        <translation>En vigueur, unités de la série révisée</translation>
    </message>
    <message>
        <source>Coefficient</source>
        <translation>Coefficient</translation>
    </message>
</context>
<context>
    <name>Plafond::LotConsumptionModel</name>
    <message>
        <source>Lot %1</source>
        <translation>Lot %1</translation>
    </message>
    <message>
        <source>Lot</source>
        <translation>Lot</translation>
    </message>
    <message>
        <source>Maximum</source>
        <translation>Montant maximum</translation>
    </message>
    <message>
        <source>Ordered</source>
        <translation>Commandé</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Payé</translation>
    </message>
    <message>
        <source>Invoiced, not paid</source>
        <translation>Facturé, non payé</translation>
    </message>
    <message>
        <source>Done, not invoiced</source>
        <translation>Service fait, non facturé</translation>
    </message>
    <message>
        <source>Ordered, not done</source>
        <translation>Commandé, service non fait</translation>
    </message>
    <message>
        <source>Remaining</source>
        <translation>Reste</translation>
    </message>
    <message>
        <source>Consumed</source>
        <translation>Consommé</translation>
    </message>
</context>
<context>
    <name>Plafond::LotDialog</name>
    <message>
        <source>Lot</source>
        <translation>Lot</translation>
    </message>
    <message>
        <source>&amp;Number:</source>
        <translation>&amp;Numéro&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Intitulé&#xa0;:</translation>
    </message>
    <message>
        <source>M&amp;inimum (excl. VAT):</source>
        <translation>Montant &amp;minimum HT&#xa0;:</translation>
    </message>
    <message>
        <source>M&amp;aximum (excl. VAT):</source>
        <translation>Montant ma&amp;ximum HT&#xa0;:</translation>
    </message>
    <message>
        <source>Holders</source>
        <translation>Titulaires</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>SIRET</source>
        <translation>SIRET</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>Holders not provided</source>
        <translation>Titulaires non communiqués</translation>
    </message>
    <message>
        <source>A&amp;dd holder</source>
        <translation>Ajouter un &amp;titulaire</translation>
    </message>
    <message>
        <source>&amp;Remove holder</source>
        <translation>&amp;Retirer le titulaire</translation>
    </message>
    <message>
        <source>Lead contractor</source>
        <translation>Mandataire</translation>
    </message>
    <message>
        <source>Co-contractor</source>
        <translation>Co-traitant</translation>
    </message>
    <message>
        <source>Subcontractor</source>
        <translation>Sous-traitant</translation>
    </message>
    <message>
        <source>The minimum is above the maximum.</source>
        <translation>Le montant minimum est supérieur au montant maximum.</translation>
    </message>
    <message>
        <source>The holder on row %1 has no name.</source>
        <translation>Le titulaire de la ligne %1 n&apos;a pas de nom.</translation>
    </message>
    <message>
        <source>SIRET %1 is not valid: 14 digits with a correct checksum are expected.</source>
        <translation>Le SIRET %1 n&apos;est pas valide&#xa0;: 14 chiffres avec une clé de contrôle correcte sont attendus.</translation>
    </message>
    <message>
        <source>Lot not saved</source>
        <translation>Lot non enregistré</translation>
    </message>
    <message>
        <source>Lot %1</source>
        <translation>Lot %1</translation>
    </message>
    <message>
        <source>New lot</source>
        <translation>Nouveau lot</translation>
    </message>
    <message>
        <source>Lot %1 already exists in this contract.</source>
        <translation>Le lot %1 existe déjà dans ce contrat.</translation>
    </message>
    <message>
        <source>Edit lot %1</source>
        <translation>Modification du lot %1</translation>
    </message>
    <message>
        <source>Create lot %1</source>
        <translation>Création du lot %1</translation>
    </message>
    <message>
        <source>Lot %1 no longer exists.</source>
        <translation>Le lot %1 n&apos;existe plus.</translation>
    </message>
</context>
<context>
    <name>Plafond::MainWindow</name>
    <message>
        <source>Plafond</source>
        <translation>Plafond</translation>
    </message>
    <message>
        <source>%1 — Plafond</source>
        <translation>%1 — Plafond</translation>
    </message>
    <message>
        <source>Demo data: the two contracts are real, but their prices, orders and amounts are illustrative.</source>
        <translation>Données de démonstration&#xa0;: les deux contrats sont réels, mais leurs prix, commandes et montants sont fictifs.</translation>
    </message>
    <message>
        <source>Delete orders</source>
        <translation>Suppression de commandes</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n order(s)? You can undo it.</source>
        <translation>
            <numerusform>Supprimer %n commande&#xa0;? Vous pourrez annuler cette action.</numerusform>
            <numerusform>Supprimer %n commandes&#xa0;? Vous pourrez annuler cette action.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n order(s)</source>
        <translation>
            <numerusform>Suppression de %n commande</numerusform>
            <numerusform>Suppression de %n commandes</numerusform>
        </translation>
    </message>
    <message>
        <source>Orders not deleted</source>
        <translation>Commandes non supprimées</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Maximum exceeded</source>
        <translation>Montant maximum dépassé</translation>
    </message>
    <message>
        <source>%1

To issue anyway, give the reason for overriding the maximum (it is recorded):</source>
        <translation>%1

Pour émettre malgré tout, indiquez le motif du dépassement du montant maximum (il sera enregistré)&#xa0;:</translation>
    </message>
    <message>
        <source>Not issued: the maximum was not overridden.</source>
        <translation>Émission abandonnée&#xa0;: le dépassement du montant maximum n&apos;a pas été autorisé.</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n order(s)</source>
        <translation>
            <numerusform>%1&#xa0;: %n commande</numerusform>
            <numerusform>%1&#xa0;: %n commandes</numerusform>
        </translation>
    </message>
    <message>
        <source>Date of the step &quot;%1&quot;:</source>
        <translation>Date de l&apos;étape &quot;%1&quot;&#xa0;:</translation>
    </message>
    <message>
        <source>Step refused</source>
        <translation>Étape refusée</translation>
    </message>
    <message>
        <source>Cannot open the database</source>
        <translation>Impossible d&apos;ouvrir la base de données</translation>
    </message>
    <message>
        <source>New database</source>
        <translation>Nouvelle base de données</translation>
    </message>
    <message>
        <source>Plafond databases (*.plafond *.sqlite);;All files (*)</source>
        <translation>Bases de données Plafond (*.plafond *.sqlite);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>%1 already exists: choose a new file name.</source>
        <translation>%1 existe déjà&#xa0;: choisissez un nouveau nom de fichier.</translation>
    </message>
    <message>
        <source>Cannot create the database</source>
        <translation>Impossible de créer la base de données</translation>
    </message>
    <message>
        <source>Open database</source>
        <translation>Ouvrir une base de données</translation>
    </message>
    <message>
        <source>About Plafond</source>
        <translation>À propos de Plafond</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Plafond %1&lt;/h3&gt;&lt;p&gt;Supervision of public framework contracts: what was ordered, delivered, invoiced and paid against each ceiling.&lt;/p&gt;&lt;p&gt;Free software under the GNU GPL, version 3 or later.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Plafond %1&lt;/h3&gt;&lt;p&gt;Suivi des accords-cadres publics&#xa0;: ce qui a été commandé, livré, facturé et payé au regard de chaque montant maximum.&lt;/p&gt;&lt;p&gt;Logiciel libre sous licence GNU GPL, version 3 ou ultérieure.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Cannot open the demo database</source>
        <translation>Impossible d&apos;ouvrir la base de démonstration</translation>
    </message>
    <message numerus="yes">
        <source>%n order(s) · %1 excl. VAT · %2 incl. VAT</source>
        <translation>
            <numerusform>%n commande · %1 HT · %2 TTC</numerusform>
            <numerusform>%n commandes · %1 HT · %2 TTC</numerusform>
        </translation>
    </message>
    <message>
        <source>Loading the orders…</source>
        <translation>Chargement des bons de commande…</translation>
    </message>
</context>
<context>
    <name>Plafond::MainWindowActions</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation>Ouvrir un fichier &amp;récent</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Édition</translation>
    </message>
    <message>
        <source>&amp;Orders</source>
        <translation>&amp;Commandes</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>&amp;Paramètres</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Langue</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <source>&amp;New database…</source>
        <translation>&amp;Nouvelle base de données…</translation>
    </message>
    <message>
        <source>&amp;Open database…</source>
        <translation>&amp;Ouvrir une base de données…</translation>
    </message>
    <message>
        <source>Open the &amp;demo database</source>
        <translation>Ouvrir la base de &amp;démonstration</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;New order…</source>
        <translation>&amp;Nouvelle commande…</translation>
    </message>
    <message>
        <source>&amp;Edit order…</source>
        <translation>&amp;Modifier la commande…</translation>
    </message>
    <message>
        <source>&amp;Delete order</source>
        <translation>&amp;Supprimer la commande</translation>
    </message>
    <message>
        <source>New &amp;contract…</source>
        <translation>Nouveau &amp;contrat…</translation>
    </message>
    <message>
        <source>Edit c&amp;ontract…</source>
        <translation>Modifier le contra&amp;t…</translation>
    </message>
    <message>
        <source>New &amp;lot…</source>
        <translation>Nouveau &amp;lot…</translation>
    </message>
    <message>
        <source>Edit l&amp;ot…</source>
        <translation>Modifier le l&amp;ot…</translation>
    </message>
    <message>
        <source>Unit &amp;price schedule…</source>
        <translation>Bordereau des &amp;prix unitaires (BPU)…</translation>
    </message>
    <message>
        <source>&amp;Beneficiaries…</source>
        <translation>&amp;Bénéficiaires…</translation>
    </message>
    <message>
        <source>&amp;Find orders</source>
        <translation>Rec&amp;hercher des commandes</translation>
    </message>
    <message>
        <source>&amp;Clear filters</source>
        <translation>&amp;Effacer les filtres</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>Affic&amp;hage</translation>
    </message>
    <message>
        <source>&amp;Dashboard</source>
        <translation>&amp;Tableau de bord</translation>
    </message>
    <message>
        <source>&amp;Issue</source>
        <translation>&amp;Émettre</translation>
    </message>
    <message>
        <source>Mark service &amp;done</source>
        <translation>&amp;Constater le service fait</translation>
    </message>
    <message>
        <source>Mark &amp;invoiced</source>
        <translation>Marquer comme &amp;facturé</translation>
    </message>
    <message>
        <source>Mark &amp;paid</source>
        <translation>Marquer comme &amp;payé</translation>
    </message>
    <message>
        <source>&amp;Cancel order</source>
        <translation>&amp;Annuler la commande</translation>
    </message>
    <message>
        <source>&amp;About Plafond</source>
        <translation>À &amp;propos de Plafond</translation>
    </message>
    <message>
        <source>&amp;Undo %1</source>
        <translation>&amp;Annuler&#xa0;: %1</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>&amp;Redo %1</source>
        <translation>&amp;Rétablir&#xa0;: %1</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <source>&amp;%1 %2</source>
        <translation>&amp;%1 %2</translation>
    </message>
</context>
<context>
    <name>Plafond::MinistrySpendingModel</name>
    <message>
        <source>Others</source>
        <translation>Autres</translation>
    </message>
    <message numerus="yes">
        <source>%n other beneficiary(ies)</source>
        <translation>
            <numerusform>%n autre bénéficiaire</numerusform>
            <numerusform>%n autres bénéficiaires</numerusform>
        </translation>
    </message>
    <message>
        <source>Ministry</source>
        <translation>Ministère</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Ordered</source>
        <translation>Commandé</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Part</translation>
    </message>
</context>
<context>
    <name>Plafond::OrderEditorDialog</name>
    <message>
        <source>Order %1</source>
        <translation>Commande %1</translation>
    </message>
    <message>
        <source>New purchase order</source>
        <translation>Nouveau bon de commande</translation>
    </message>
    <message>
        <source>%1 — lot %2: %3</source>
        <translation>%1 — lot %2&#xa0;: %3</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>&amp;Issue the order on this date</source>
        <translation>É&amp;mettre la commande à cette date</translation>
    </message>
    <message>
        <source>&amp;Add line</source>
        <translation>&amp;Ajouter une ligne</translation>
    </message>
    <message>
        <source>&amp;Remove line</source>
        <translation>&amp;Supprimer la ligne</translation>
    </message>
    <message>
        <source>&amp;Override the maximum (the override is recorded)</source>
        <translation>Passer &amp;outre le montant maximum (la dérogation est enregistrée)</translation>
    </message>
    <message>
        <source>Reason for going past the maximum</source>
        <translation>Motif du dépassement du montant maximum</translation>
    </message>
    <message>
        <source>&amp;Lot:</source>
        <translation>&amp;Lot&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Beneficiary:</source>
        <translation>&amp;Bénéficiaire&#xa0;:</translation>
    </message>
    <message>
        <source>Order &amp;number:</source>
        <translation>&amp;Numéro de commande&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Commitment number (EJ):</source>
        <translation>Numéro d&apos;engagement &amp;juridique (EJ)&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Date&#xa0;:</translation>
    </message>
    <message>
        <source>Total excl. VAT:</source>
        <translation>Total HT&#xa0;:</translation>
    </message>
    <message>
        <source>VAT:</source>
        <translation>TVA&#xa0;:</translation>
    </message>
    <message>
        <source>Total incl. VAT:</source>
        <translation>Total TTC&#xa0;:</translation>
    </message>
    <message>
        <source>%1 (%2 %)</source>
        <translation>%1 (%2&#xa0;%)</translation>
    </message>
    <message>
        <source>The order needs a number.</source>
        <translation>La commande doit avoir un numéro.</translation>
    </message>
    <message>
        <source>Choose a beneficiary.</source>
        <translation>Choisissez un bénéficiaire.</translation>
    </message>
    <message>
        <source>This order goes past the lot&apos;s maximum: it is refused unless you override the maximum explicitly.</source>
        <translation>Cette commande dépasse le montant maximum du lot&#xa0;: elle est refusée, sauf si vous autorisez explicitement le dépassement.</translation>
    </message>
    <message>
        <source>Give the reason for going past the maximum.</source>
        <translation>Indiquez le motif du dépassement du montant maximum.</translation>
    </message>
    <message>
        <source>Edit order %1</source>
        <translation>Modification de la commande %1</translation>
    </message>
    <message>
        <source>New order %1</source>
        <translation>Création de la commande %1</translation>
    </message>
    <message>
        <source>Order not saved</source>
        <translation>Commande non enregistrée</translation>
    </message>
    <message>
        <source>Lot maximum %1; already ordered %2; with this order %3 (%4).</source>
        <translation>Montant maximum du lot %1&#xa0;; déjà commandé %2&#xa0;; avec cette commande %3 (%4).</translation>
    </message>
</context>
<context>
    <name>Plafond::OrderLinesModel</name>
    <message>
        <source>The order has no line.</source>
        <translation>La commande ne comporte aucune ligne.</translation>
    </message>
    <message>
        <source>Line %1: choose a work unit.</source>
        <translation>Ligne %1&#xa0;: choisissez une unité d&apos;œuvre.</translation>
    </message>
    <message>
        <source>Line %1: the quantity must be more than zero.</source>
        <translation>Ligne %1&#xa0;: la quantité doit être supérieure à zéro.</translation>
    </message>
    <message>
        <source>Line %1: work unit %2 has no price on %3 in the unit price schedule.</source>
        <translation>Ligne %1&#xa0;: l&apos;unité d&apos;œuvre %2 n&apos;a pas de prix au %3 dans le bordereau des prix unitaires.</translation>
    </message>
    <message>
        <source>No price for %1 on this date</source>
        <translation>Pas de prix pour %1 à cette date</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>(choose)</source>
        <translation>(choisir)</translation>
    </message>
    <message>
        <source>no price</source>
        <translation>pas de prix</translation>
    </message>
    <message>
        <source>Work unit</source>
        <translation>Unité d&apos;œuvre</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Quantité</translation>
    </message>
    <message>
        <source>Unit price excl. VAT</source>
        <translation>Prix unitaire HT</translation>
    </message>
    <message>
        <source>Amount excl. VAT</source>
        <translation>Montant HT</translation>
    </message>
</context>
<context>
    <name>Plafond::OrdersPanel</name>
    <message>
        <source>All beneficiaries</source>
        <translation>Tous les bénéficiaires</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Tous les statuts</translation>
    </message>
    <message>
        <source>All contracts. Choose a contract or a lot on the left.</source>
        <translation>Tous les contrats. Choisissez un contrat ou un lot à gauche.</translation>
    </message>
    <message>
        <source>No database is open.</source>
        <translation>Aucune base de données n&apos;est ouverte.</translation>
    </message>
    <message>
        <source>The figures cannot be computed: %1</source>
        <translation>Les montants ne peuvent pas être calculés : %1</translation>
    </message>
    <message>
        <source>Lot %1 — %2</source>
        <translation>Lot %1 — %2</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; · as of %2&lt;br&gt;Maximum %3 · ordered %4 (%5) · service done %6 · invoiced %7 · paid %8 · remaining %9</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; · au %2&lt;br&gt;Montant maximum %3 · commandé %4 (%5) · service fait %6 · facturé %7 · payé %8 · reste %9</translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation>&amp;Rechercher&#xa0;:</translation>
    </message>
    <message>
        <source>Order, contract, beneficiary or commitment number</source>
        <translation>Commande, contrat, bénéficiaire ou numéro d&apos;EJ</translation>
    </message>
    <message>
        <source>&amp;Beneficiary:</source>
        <translation>&amp;Bénéficiaire&#xa0;:</translation>
    </message>
    <message>
        <source>S&amp;tatus:</source>
        <translation>S&amp;tatut&#xa0;:</translation>
    </message>
    <message>
        <source>Loading the orders</source>
        <translation>Chargement des bons de commande</translation>
    </message>
    <message>
        <source>The orders cannot be read: %1</source>
        <translation>Les bons de commande ne peuvent pas être lus&#xa0;: %1</translation>
    </message>
    <message>
        <source>Computing the figures</source>
        <translation>Calcul des chiffres</translation>
    </message>
</context>
<context>
    <name>Plafond::OrdersTableModel</name>
    <message>
        <source>Ordered past the lot&apos;s maximum, with an explicit override</source>
        <translation>Commande passée au-delà du montant maximum du lot, avec une dérogation explicite</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Commande</translation>
    </message>
    <message>
        <source>Contract</source>
        <translation>Contrat</translation>
    </message>
    <message>
        <source>Lot</source>
        <translation>Lot</translation>
    </message>
    <message>
        <source>Beneficiary</source>
        <translation>Bénéficiaire</translation>
    </message>
    <message>
        <source>Commitment</source>
        <translation>EJ</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>Date d&apos;émission</translation>
    </message>
    <message>
        <source>Last step</source>
        <translation>Dernière étape</translation>
    </message>
    <message>
        <source>Amount excl. VAT</source>
        <translation>Montant HT</translation>
    </message>
    <message>
        <source>Amount incl. VAT</source>
        <translation>Montant TTC</translation>
    </message>
</context>
<context>
    <name>Plafond::PriceHistoryModel</name>
    <message>
        <source>%1 (old series)</source>
        <translation>%1 (ancienne série)</translation>
    </message>
    <message>
        <source>Never guessed: the schedule&apos;s own price from this date applies, unrevised.</source>
        <translation>Jamais estimé&#xa0;: le prix du bordereau à compter de cette date s&apos;applique, sans révision.</translation>
    </message>
    <message>
        <source>Never guessed: the price in force before this revision stays until the index is published.</source>
        <translation>Jamais estimé&#xa0;: le prix en vigueur avant cette révision s&apos;applique jusqu&apos;à la publication de l&apos;indice.</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Price in the schedule</source>
        <translation>Prix du bordereau</translation>
    </message>
    <message>
        <source>Not applied: %1</source>
        <translation>Non appliquée&#xa0;: %1</translation>
    </message>
    <message>
        <source>Revision (the schedule&apos;s own price applies)</source>
        <translation>Révision (le prix du bordereau s&apos;applique)</translation>
    </message>
    <message>
        <source>Revision</source>
        <translation>Révision</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>manquant</translation>
    </message>
    <message>
        <source>no price</source>
        <translation>pas de prix</translation>
    </message>
    <message>
        <source>Work unit</source>
        <translation>Unité d&apos;œuvre</translation>
    </message>
    <message>
        <source>From</source>
        <translation>À compter du</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Événement</translation>
    </message>
    <message>
        <source>Base price P0</source>
        <translation>Prix de base P0</translation>
    </message>
    <message>
        <source>Index month</source>
        <translation>Mois de l&apos;indice</translation>
    </message>
    <message>
        <source>Index S</source>
        <translation>Indice S</translation>
    </message>
    <message>
        <source>Coefficient</source>
        <translation>Coefficient</translation>
    </message>
    <message>
        <source>Price excl. VAT</source>
        <translation>Prix HT</translation>
    </message>
</context>
<context>
    <name>Plafond::PriceHistoryWidget</name>
    <message>
        <source>&amp;Lot:</source>
        <translation>&amp;Lot&#xa0;:</translation>
    </message>
    <message>
        <source>Syntec index</source>
        <translation>Indice Syntec</translation>
    </message>
    <message>
        <source>Revision coefficient a + (1 − a) × S / S0</source>
        <translation>Coefficient de révision a + (1 − a) × S / S0</translation>
    </message>
    <message>
        <source>Old series</source>
        <translation>Ancienne série</translation>
    </message>
    <message>
        <source>Revised series</source>
        <translation>Série révisée</translation>
    </message>
    <message>
        <source>Linked (old × 0.97975)</source>
        <translation>Raccordée (ancienne × 0,97975)</translation>
    </message>
    <message>
        <source>August 2022 change</source>
        <translation>Changement d&apos;août 2022</translation>
    </message>
    <message>
        <source>Coefficient for the month&apos;s index</source>
        <translation>Coefficient pour l&apos;indice du mois</translation>
    </message>
    <message>
        <source>Revisions applied</source>
        <translation>Révisions appliquées</translation>
    </message>
    <message>
        <source>This contract has no price revision clause: its schedule&apos;s prices apply as they are.</source>
        <translation>Ce contrat n&apos;a pas de clause de révision des prix&#xa0;: les prix de son bordereau s&apos;appliquent tels quels.</translation>
    </message>
    <message>
        <source>P = P0 × (a + (1 − a) × S / S0) with a = %1, S0 the index of %2 (%3), S the index of the month %4 month(s) before each revision; %5. Revisions: %6.</source>
        <translation>P = P0 × (a + (1 − a) × S / S0) avec a = %1, S0 l&apos;indice de %2 (%3), S l&apos;indice du mois situé %4 mois avant chaque révision&#xa0;; %5. Révisions&#xa0;: %6.</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>manquant</translation>
    </message>
    <message>
        <source>the coefficient is not rounded</source>
        <translation>le coefficient n&apos;est pas arrondi</translation>
    </message>
    <message numerus="yes">
        <source>the coefficient is rounded to %n decimal(s)</source>
        <translation>
            <numerusform>le coefficient est arrondi à %n décimale</numerusform>
            <numerusform>le coefficient est arrondi à %n décimales</numerusform>
        </translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucune</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
</context>
<context>
    <name>Plafond::PriceSchedulesDialog</name>
    <message>
        <source>Unit price schedule</source>
        <translation>Bordereau des prix unitaires (BPU)</translation>
    </message>
    <message>
        <source>Unit price schedule — lot %1</source>
        <translation>Bordereau des prix unitaires — lot %1</translation>
    </message>
    <message>
        <source>Unit price schedule — lot %1: %2</source>
        <translation>Bordereau des prix unitaires — lot %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>French label</source>
        <translation>Libellé français</translation>
    </message>
    <message>
        <source>English label</source>
        <translation>Libellé anglais</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unité</translation>
    </message>
    <message>
        <source>Price in force</source>
        <translation>Prix en vigueur</translation>
    </message>
    <message>
        <source>Work units</source>
        <translation>Unités d&apos;œuvre</translation>
    </message>
    <message>
        <source>&amp;New work unit</source>
        <translation>&amp;Nouvelle unité d&apos;œuvre</translation>
    </message>
    <message>
        <source>Remove work unit</source>
        <translation>Supprimer l&apos;unité d&apos;œuvre</translation>
    </message>
    <message>
        <source>e.g. AUDIT</source>
        <translation>p. ex. AUDIT</translation>
    </message>
    <message>
        <source>C&amp;ode:</source>
        <translation>C&amp;ode&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;French label:</source>
        <translation>Libellé &amp;français&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;English label:</source>
        <translation>Libellé &amp;anglais&#xa0;:</translation>
    </message>
    <message>
        <source>e.g. day</source>
        <translation>p. ex. jour</translation>
    </message>
    <message>
        <source>&amp;Unit:</source>
        <translation>&amp;Unité&#xa0;:</translation>
    </message>
    <message>
        <source>Prices</source>
        <translation>Prix</translation>
    </message>
    <message>
        <source>From</source>
        <translation>À compter du</translation>
    </message>
    <message>
        <source>Price excl. VAT</source>
        <translation>Prix HT</translation>
    </message>
    <message>
        <source>Fro&amp;m:</source>
        <translation>À &amp;compter du&#xa0;:</translation>
    </message>
    <message>
        <source>Pr&amp;ice excl. VAT:</source>
        <translation>Pr&amp;ix HT&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Add price</source>
        <translation>Ajouter le &amp;prix</translation>
    </message>
    <message>
        <source>C&amp;hange selected</source>
        <translation>&amp;Modifier le prix sélectionné</translation>
    </message>
    <message>
        <source>Remove price</source>
        <translation>Supprimer le prix</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>Price on %1</source>
        <translation>Prix au %1</translation>
    </message>
    <message>
        <source>New work unit</source>
        <translation>Nouvelle unité d&apos;œuvre</translation>
    </message>
    <message>
        <source>Add &amp;work unit</source>
        <translation>A&amp;jouter l&apos;unité d&apos;œuvre</translation>
    </message>
    <message>
        <source>Selected work unit</source>
        <translation>Unité d&apos;œuvre sélectionnée</translation>
    </message>
    <message>
        <source>Save &amp;work unit</source>
        <translation>&amp;Enregistrer l&apos;unité d&apos;œuvre</translation>
    </message>
    <message>
        <source>Prices of %1</source>
        <translation>Prix de %1</translation>
    </message>
    <message>
        <source>In force on %1</source>
        <translation>En vigueur au %1</translation>
    </message>
    <message>
        <source>Prices (save the work unit first)</source>
        <translation>Prix (enregistrez d&apos;abord l&apos;unité d&apos;œuvre)</translation>
    </message>
    <message>
        <source>A price cannot be negative.</source>
        <translation>Un prix ne peut pas être négatif.</translation>
    </message>
    <message>
        <source>Work unit not found</source>
        <translation>Unité d&apos;œuvre introuvable</translation>
    </message>
    <message>
        <source>Work unit not saved</source>
        <translation>Unité d&apos;œuvre non enregistrée</translation>
    </message>
    <message>
        <source>The work unit %1 already exists in this lot.</source>
        <translation>L&apos;unité d&apos;œuvre %1 existe déjà dans ce lot.</translation>
    </message>
    <message>
        <source>Edit work unit %1</source>
        <translation>Modification de l&apos;unité d&apos;œuvre %1</translation>
    </message>
    <message>
        <source>Add work unit %1</source>
        <translation>Ajout de l&apos;unité d&apos;œuvre %1</translation>
    </message>
    <message>
        <source>Remove work unit %1</source>
        <translation>Suppression de l&apos;unité d&apos;œuvre %1</translation>
    </message>
    <message>
        <source>Price not added</source>
        <translation>Prix non ajouté</translation>
    </message>
    <message>
        <source>%1 already has a price from %2: select it to change it.</source>
        <translation>%1 a déjà un prix à compter du %2&#xa0;: sélectionnez-le pour le modifier.</translation>
    </message>
    <message>
        <source>Add price of %1 from %2</source>
        <translation>Ajout du prix de %1 à compter du %2</translation>
    </message>
    <message>
        <source>Price not changed</source>
        <translation>Prix non modifié</translation>
    </message>
    <message>
        <source>%1 already has a price from %2.</source>
        <translation>%1 a déjà un prix à compter du %2.</translation>
    </message>
    <message>
        <source>Change price of %1 from %2</source>
        <translation>Modification du prix de %1 à compter du %2</translation>
    </message>
    <message>
        <source>Remove price of %1 from %2</source>
        <translation>Suppression du prix de %1 à compter du %2</translation>
    </message>
    <message>
        <source>Work unit not removed</source>
        <translation>Unité d&apos;œuvre non supprimée</translation>
    </message>
</context>
<context>
    <name>Plafond::ReportDialog</name>
    <message>
        <source>Export PDF summary</source>
        <translation>Exporter la synthèse PDF</translation>
    </message>
    <message>
        <source>All contracts (portfolio)</source>
        <translation>Tous les contrats (portefeuille)</translation>
    </message>
    <message>
        <source>PDF/A-1b, for archiving</source>
        <translation>PDF/A-1b, pour l&apos;archivage</translation>
    </message>
    <message>
        <source>&amp;Contract:</source>
        <translation>&amp;Contrat&#xa0;:</translation>
    </message>
    <message>
        <source>Figures &amp;as of:</source>
        <translation>&amp;Date d&apos;arrêté des chiffres&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Langue&#xa0;:</translation>
    </message>
    <message>
        <source>Press Preview to see the pages.</source>
        <translation>Cliquez sur Aperçu pour voir les pages.</translation>
    </message>
    <message>
        <source>Page:</source>
        <translation>Page&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Preview</source>
        <translation>&amp;Aperçu</translation>
    </message>
    <message>
        <source>&amp;Save…</source>
        <translation>&amp;Enregistrer…</translation>
    </message>
    <message>
        <source>Preparing the report…</source>
        <translation>Préparation du rapport…</translation>
    </message>
    <message>
        <source>Writing the report…</source>
        <translation>Écriture du rapport…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>of %1</source>
        <translation>sur %1</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Fichiers PDF (*.pdf)</translation>
    </message>
</context>
<context>
    <name>Plafond::SlaCountsModel</name>
    <message>
        <source>No component named</source>
        <translation>Aucun composant indiqué</translation>
    </message>
    <message>
        <source>Lot</source>
        <translation>Lot</translation>
    </message>
    <message>
        <source>Component</source>
        <translation>Composant</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Mois</translation>
    </message>
    <message>
        <source>Tickets</source>
        <translation>Tickets</translation>
    </message>
    <message>
        <source>Late response</source>
        <translation>Prise en charge en retard</translation>
    </message>
    <message>
        <source>Late restoration</source>
        <translation>Rétablissement en retard</translation>
    </message>
</context>
<context>
    <name>Plafond::SlaTargetsDialog</name>
    <message>
        <source>SLA targets and working hours</source>
        <translation>Objectifs SLA et heures ouvrées</translation>
    </message>
    <message>
        <source>Days (1 Monday to 7 Sunday, ranges allowed), hours, and &quot;holidays&quot; when the French public holidays are off. Empty: Monday to Friday, 9:00 to 18:00, holidays off.</source>
        <translation>Jours (1 lundi à 7 dimanche, plages autorisées), heures, et &quot;holidays&quot; si les jours fériés français sont chômés. Vide&#xa0;: du lundi au vendredi, de 9:00 à 18:00, jours fériés chômés.</translation>
    </message>
    <message>
        <source>&amp;Lot:</source>
        <translation>&amp;Lot&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Working hours:</source>
        <translation>&amp;Heures ouvrées&#xa0;:</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Gravité</translation>
    </message>
    <message>
        <source>First response</source>
        <translation>Première réponse</translation>
    </message>
    <message>
        <source>Restoration</source>
        <translation>Rétablissement</translation>
    </message>
    <message>
        <source> working min</source>
        <translation> min ouvrées</translation>
    </message>
    <message>
        <source>no target</source>
        <translation>pas d&apos;objectif</translation>
    </message>
    <message>
        <source>Targets are in working minutes of the lot&apos;s working hours (240 = 4 hours). A ticket without a target for its severity is counted but never late.</source>
        <translation>Les objectifs sont en minutes ouvrées, selon les heures ouvrées du lot (240 = 4 heures). Un ticket sans objectif pour sa gravité est compté mais n&apos;est jamais en retard.</translation>
    </message>
    <message>
        <source>%1 lot %2 – %3</source>
        <translation>%1 lot %2 – %3</translation>
    </message>
    <message>
        <source>Working hours: %1</source>
        <translation>Heures ouvrées&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1: set both targets, or neither.</source>
        <translation>%1&#xa0;: renseignez les deux objectifs, ou aucun.</translation>
    </message>
</context>
<context>
    <name>Plafond::TicketsModel</name>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1&#xa0;h %2&#xa0;min</translation>
    </message>
    <message>
        <source>No target</source>
        <translation>Pas d&apos;objectif</translation>
    </message>
    <message>
        <source>On time</source>
        <translation>Dans les délais</translation>
    </message>
    <message>
        <source>Late response</source>
        <translation>Prise en charge en retard</translation>
    </message>
    <message>
        <source>Late restoration</source>
        <translation>Rétablissement en retard</translation>
    </message>
    <message>
        <source>Late response and restoration</source>
        <translation>Prise en charge et rétablissement en retard</translation>
    </message>
    <message>
        <source>Working time from the opening, in the lot&apos;s working hours; a clock still running counts up to now.</source>
        <translation>Temps ouvré depuis l&apos;ouverture, selon les heures ouvrées du lot&#xa0;; un délai encore en cours est compté jusqu&apos;à maintenant.</translation>
    </message>
    <message>
        <source>Ticket</source>
        <translation>Ticket</translation>
    </message>
    <message>
        <source>Lot</source>
        <translation>Lot</translation>
    </message>
    <message>
        <source>Component</source>
        <translation>Composant</translation>
    </message>
    <message>
        <source>Beneficiary</source>
        <translation>Bénéficiaire</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Gravité</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Intitulé</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>Ouvert</translation>
    </message>
    <message>
        <source>First response</source>
        <translation>Première réponse</translation>
    </message>
    <message>
        <source>Restored</source>
        <translation>Rétabli</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Clos</translation>
    </message>
    <message>
        <source>Response time</source>
        <translation>Délai de prise en charge</translation>
    </message>
    <message>
        <source>Restore time</source>
        <translation>Délai de rétablissement</translation>
    </message>
    <message>
        <source>SLA</source>
        <translation>SLA</translation>
    </message>
</context>
<context>
    <name>Plafond::TicketsWidget</name>
    <message>
        <source>%1 lot %2</source>
        <translation>%1 lot %2</translation>
    </message>
    <message>
        <source>&amp;Severity:</source>
        <translation>&amp;Gravité&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Late only</source>
        <translation>En &amp;retard seulement</translation>
    </message>
    <message>
        <source>SLA &amp;targets…</source>
        <translation>&amp;Objectifs SLA…</translation>
    </message>
    <message>
        <source>Targets and working hours of the lots of this contract</source>
        <translation>Objectifs et heures ouvrées des lots de ce contrat</translation>
    </message>
    <message>
        <source>Choose a contract or a lot on the left first</source>
        <translation>Choisissez d&apos;abord un contrat ou un lot à gauche</translation>
    </message>
    <message>
        <source>Any severity</source>
        <translation>Toute gravité</translation>
    </message>
    <message>
        <source>Tickets and breaches per month</source>
        <translation>Tickets et dépassements par mois</translation>
    </message>
    <message>
        <source>No database is open.</source>
        <translation>Aucune base de données n&apos;est ouverte.</translation>
    </message>
    <message>
        <source>Tickets shown: %1 of %2 · late first response: %3 · late restoration: %4 (clocks in working hours, up to now for the tickets still open).</source>
        <translation>Tickets affichés&#xa0;: %1 sur %2 · première réponse en retard&#xa0;: %3 · rétablissement en retard&#xa0;: %4 (délais en heures ouvrées, jusqu&apos;à maintenant pour les tickets encore ouverts).</translation>
    </message>
</context>
<context>
    <name>Plafond::UncontributedOrdersModel</name>
    <message>
        <source>Order</source>
        <translation>Commande</translation>
    </message>
    <message>
        <source>Lot</source>
        <translation>Lot</translation>
    </message>
    <message>
        <source>Beneficiary</source>
        <translation>Bénéficiaire</translation>
    </message>
    <message>
        <source>Issued on</source>
        <translation>Émis le</translation>
    </message>
    <message>
        <source>Development excl. VAT</source>
        <translation>Développement HT</translation>
    </message>
</context>
<context>
    <name>Plafond::UsageGapsModel</name>
    <message>
        <source>Beneficiary</source>
        <translation>Bénéficiaire</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Component used, not covered</source>
        <translation>Composant utilisé, non couvert</translation>
    </message>
    <message>
        <source>Declared on</source>
        <translation>Déclaré le</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Remarque</translation>
    </message>
</context>
<context>
    <name>Plafond::ViewTabs</name>
    <message>
        <source>Orders</source>
        <translation>Commandes</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Tableau de bord</translation>
    </message>
    <message>
        <source>Components</source>
        <translation>Composants</translation>
    </message>
    <message>
        <source>Tickets</source>
        <translation>Tickets</translation>
    </message>
    <message>
        <source>Prices</source>
        <translation>Prix</translation>
    </message>
    <message>
        <source>Amendments</source>
        <translation>Avenants</translation>
    </message>
</context>
<context>
    <name>Plafond::WorkUnitMixModel</name>
    <message>
        <source>No budget is set for this work unit.</source>
        <translation>Aucun budget n&apos;est défini pour cette unité d&apos;œuvre.</translation>
    </message>
    <message>
        <source>Work unit</source>
        <translation>Unité d&apos;œuvre</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Libellé</translation>
    </message>
    <message>
        <source>Ordered</source>
        <translation>Commandé</translation>
    </message>
    <message>
        <source>Quantity ordered</source>
        <translation>Quantité commandée</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>Budget</translation>
    </message>
    <message>
        <source>Share of the amount</source>
        <translation>Part du montant</translation>
    </message>
    <message>
        <source>Budget used</source>
        <translation>Budget consommé</translation>
    </message>
</context>
<context>
    <name>Plafond::Workspace</name>
    <message>
        <source>The change could not be written to the database.</source>
        <translation>La modification n&apos;a pas pu être enregistrée dans la base de données.</translation>
    </message>
    <message>
        <source>The change could not be committed.</source>
        <translation>La modification n&apos;a pas pu être validée.</translation>
    </message>
</context>
<context>
    <name>PriceRevision</name>
    <message>
        <source>the Syntec index of %1 is missing</source>
        <translation>l&apos;indice Syntec de %1 manque</translation>
    </message>
    <message>
        <source>the revised price is too large</source>
        <translation>le prix révisé est trop élevé</translation>
    </message>
</context>
<context>
    <name>ReportBuilder</name>
    <message>
        <source>none</source>
        <translation>néant</translation>
    </message>
    <message>
        <source>lead contractor</source>
        <translation>mandataire</translation>
    </message>
    <message>
        <source>co-contractor</source>
        <translation>co-traitant</translation>
    </message>
    <message>
        <source>subcontractor</source>
        <translation>sous-traitant</translation>
    </message>
    <message>
        <source>The date of the figures is not valid.</source>
        <translation>La date d&apos;arrêté des chiffres n&apos;est pas valide.</translation>
    </message>
    <message>
        <source>%1 is not the reference of a contract in this database.</source>
        <translation>%1 n&apos;est la référence d&apos;aucun contrat de cette base de données.</translation>
    </message>
    <message>
        <source>There is no contract in this database.</source>
        <translation>Cette base de données ne contient aucun contrat.</translation>
    </message>
    <message>
        <source>The report was cancelled.</source>
        <translation>Le rapport a été annulé.</translation>
    </message>
    <message>
        <source>Portfolio of framework contracts as of %1</source>
        <translation>Portefeuille des accords-cadres au %1</translation>
    </message>
    <message>
        <source>Consumption of every contract against its maximum as of %1: ordered, service done, invoiced, paid, alerts and forecasts.</source>
        <translation>Consommation de chaque contrat par rapport à son montant maximum au %1&#xa0;: commandé, service fait, facturé, payé, alertes et prévisions.</translation>
    </message>
    <message>
        <source>Summary of contract %1 as of %2</source>
        <translation>Synthèse du contrat %1 au %2</translation>
    </message>
    <message>
        <source>%1 (%2): orders, service done, invoices and payments against the maximum as of %3, with every purchase order.</source>
        <translation>%1 (%2)&#xa0;: commandes, service fait, factures et paiements par rapport au montant maximum au %3, avec tous les bons de commande.</translation>
    </message>
    <message>
        <source>Maximum</source>
        <translation>Montant maximum</translation>
    </message>
    <message>
        <source>Ordered</source>
        <translation>Commandé</translation>
    </message>
    <message>
        <source>Service done</source>
        <translation>Service fait</translation>
    </message>
    <message>
        <source>Invoiced</source>
        <translation>Facturé</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Payé</translation>
    </message>
    <message>
        <source>Remaining</source>
        <translation>Reste</translation>
    </message>
    <message>
        <source>%</source>
        <translation>%</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>Contract</source>
        <translation>Contrat</translation>
    </message>
    <message>
        <source>Lot</source>
        <translation>Lot</translation>
    </message>
    <message>
        <source>Critical</source>
        <translation>Critique</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Avertissement</translation>
    </message>
    <message>
        <source>Information</source>
        <translation>Information</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Alerts</source>
        <translation>Alertes</translation>
    </message>
    <message>
        <source>No alert as of %1.</source>
        <translation>Aucune alerte au %1.</translation>
    </message>
    <message>
        <source>Forecast</source>
        <translation>Prévision</translation>
    </message>
    <message>
        <source>At this rate the maximum will be reached on %1.</source>
        <translation>À ce rythme, le montant maximum sera atteint le %1.</translation>
    </message>
    <message>
        <source>At this rate the maximum will not be reached before the end of the contract (%1).</source>
        <translation>À ce rythme, le montant maximum ne sera pas atteint avant la fin du contrat (%1).</translation>
    </message>
    <message numerus="yes">
        <source>Ordered over the last %n month(s): %1 a month on average.</source>
        <translation>
            <numerusform>Commandé sur %n mois&#xa0;: %1 par mois en moyenne.</numerusform>
            <numerusform>Commandé sur les %n derniers mois&#xa0;: %1 par mois en moyenne.</numerusform>
        </translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Référence</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Intitulé</translation>
    </message>
    <message>
        <source>Buyer</source>
        <translation>Acheteur</translation>
    </message>
    <message>
        <source>not provided</source>
        <translation>non communiqué</translation>
    </message>
    <message>
        <source>Notified on</source>
        <translation>Notifié le</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>du %1 au %2</translation>
    </message>
    <message>
        <source>(initially to %1, extended by amendment)</source>
        <translation>(initialement jusqu&apos;au %1, prolongé par avenant)</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>Dates</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Durée</translation>
    </message>
    <message numerus="yes">
        <source>%n month(s)</source>
        <translation>
            <numerusform>%n mois</numerusform>
            <numerusform>%n mois</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(%n initially)</source>
        <translation>
            <numerusform>(%n initialement)</numerusform>
            <numerusform>(%n initialement)</numerusform>
        </translation>
    </message>
    <message>
        <source>Firm period</source>
        <translation>Tranche ferme</translation>
    </message>
    <message numerus="yes">
        <source>%n month(s), to %1</source>
        <translation>
            <numerusform>%n mois, jusqu&apos;au %1</numerusform>
            <numerusform>%n mois, jusqu&apos;au %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Renewals</source>
        <translation>Reconductions</translation>
    </message>
    <message numerus="yes">
        <source>%n renewal(s)</source>
        <translation>
            <numerusform>%n reconduction</numerusform>
            <numerusform>%n reconductions</numerusform>
        </translation>
    </message>
    <message>
        <source>Minimum excl. VAT</source>
        <translation>Montant minimum HT</translation>
    </message>
    <message>
        <source>Maximum excl. VAT</source>
        <translation>Montant maximum HT</translation>
    </message>
    <message>
        <source>Maximum with amendments</source>
        <translation>Montant maximum avec avenants</translation>
    </message>
    <message>
        <source>%1 as of %2</source>
        <translation>%1 au %2</translation>
    </message>
    <message>
        <source>Amount at award</source>
        <translation>Montant à l&apos;attribution</translation>
    </message>
    <message>
        <source>VAT rate</source>
        <translation>Taux de TVA</translation>
    </message>
    <message>
        <source>Alert thresholds</source>
        <translation>Seuils d&apos;alerte</translation>
    </message>
    <message>
        <source>Software components in scope</source>
        <translation>Composants logiciels couverts</translation>
    </message>
    <message>
        <source>No price revision clause.</source>
        <translation>Pas de clause de révision des prix.</translation>
    </message>
    <message>
        <source>Index %1, base month %2, fixed part %3: P = P0 × (a + (1 − a) × S / S0).</source>
        <translation>Indice %1, mois de base %2, part fixe %3&#xa0;: P = P0 × (a + (1 − a) × S / S0).</translation>
    </message>
    <message>
        <source>Price revision</source>
        <translation>Révision des prix</translation>
    </message>
    <message>
        <source>Amendments</source>
        <translation>Avenants</translation>
    </message>
    <message>
        <source>No amendment.</source>
        <translation>Aucun avenant.</translation>
    </message>
    <message>
        <source>Lot %1</source>
        <translation>Lot %1</translation>
    </message>
    <message>
        <source>maximum %1</source>
        <translation>montant maximum %1</translation>
    </message>
    <message>
        <source>duration %1</source>
        <translation>durée %1</translation>
    </message>
    <message>
        <source>(signed after the date of the figures: not counted)</source>
        <translation>(signé après la date d&apos;arrêté des chiffres&#xa0;: non pris en compte)</translation>
    </message>
    <message>
        <source>Signed on</source>
        <translation>Signé le</translation>
    </message>
    <message>
        <source>Applies to</source>
        <translation>Porte sur</translation>
    </message>
    <message>
        <source>Effect</source>
        <translation>Effet</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>Holder</source>
        <translation>Titulaire</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>SIRET</source>
        <translation>SIRET</translation>
    </message>
    <message>
        <source>No beneficiary has ordered by the date of the figures.</source>
        <translation>Aucun bénéficiaire n&apos;a passé de commande à la date d&apos;arrêté des chiffres.</translation>
    </message>
    <message>
        <source>Beneficiary</source>
        <translation>Bénéficiaire</translation>
    </message>
    <message>
        <source>Allocation</source>
        <translation>Droit de tirage</translation>
    </message>
    <message>
        <source>A ministry&apos;s amounts include its directions&apos;. Remaining and percentage are against the beneficiary&apos;s allocation, when it has one.</source>
        <translation>Les montants d&apos;un ministère incluent ceux de ses directions. Le reste et le pourcentage se rapportent au droit de tirage du bénéficiaire, s&apos;il en a un.</translation>
    </message>
    <message>
        <source>Consumption per lot against its maximum</source>
        <translation>Consommation de chaque lot par rapport à son montant maximum</translation>
    </message>
    <message>
        <source>Cumulative amount ordered, maximum and forecast</source>
        <translation>Montant commandé cumulé, montant maximum et prévision</translation>
    </message>
    <message>
        <source>Amount ordered per ministry</source>
        <translation>Montant commandé par ministère</translation>
    </message>
    <message>
        <source>Work-unit mix against the budget</source>
        <translation>Répartition par unité d&apos;œuvre par rapport au budget</translation>
    </message>
    <message numerus="yes">
        <source>%n purchase order(s), with the step each had reached on %1. Amounts excluding VAT; drafts and cancelled orders count nowhere.</source>
        <translation>
            <numerusform>%n bon de commande, avec l&apos;étape atteinte au %1. Montants hors taxes&#xa0;; les brouillons et les bons annulés ne sont comptés nulle part.</numerusform>
            <numerusform>%n bons de commande, avec l&apos;étape atteinte par chacun au %1. Montants hors taxes&#xa0;; les brouillons et les bons annulés ne sont comptés nulle part.</numerusform>
        </translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Commande</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>Émis le</translation>
    </message>
    <message>
        <source>Work unit</source>
        <translation>Unité d&apos;œuvre</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Quantité</translation>
    </message>
    <message>
        <source>Unit price excl. VAT</source>
        <translation>Prix unitaire HT</translation>
    </message>
    <message>
        <source>Amount excl. VAT</source>
        <translation>Montant HT</translation>
    </message>
    <message>
        <source>Summary of contract %1</source>
        <translation>Synthèse du contrat %1</translation>
    </message>
    <message>
        <source>Figures as of %1. Amounts excluding VAT unless stated otherwise.</source>
        <translation>Chiffres arrêtés au %1. Montants hors taxes, sauf mention contraire.</translation>
    </message>
    <message>
        <source>Demo data: the prices, orders and figures of this contract are illustrative.</source>
        <translation>Données de démonstration&#xa0;: les prix, commandes et chiffres de ce contrat sont fictifs.</translation>
    </message>
    <message>
        <source>1. Contract identity</source>
        <translation>1. Identification du contrat</translation>
    </message>
    <message>
        <source>2. Holders per lot</source>
        <translation>2. Titulaires par lot</translation>
    </message>
    <message>
        <source>3. Consumption</source>
        <translation>3. Consommation</translation>
    </message>
    <message>
        <source>Per lot</source>
        <translation>Par lot</translation>
    </message>
    <message>
        <source>Per ministry</source>
        <translation>Par ministère</translation>
    </message>
    <message>
        <source>4. Charts</source>
        <translation>4. Graphiques</translation>
    </message>
    <message>
        <source>5. Alerts and forecast</source>
        <translation>5. Alertes et prévision</translation>
    </message>
    <message>
        <source>Annex: purchase orders</source>
        <translation>Annexe&#xa0;: bons de commande</translation>
    </message>
    <message>
        <source>%1 (%2 of the maximum)</source>
        <translation>%1 (%2 du montant maximum)</translation>
    </message>
    <message>
        <source>Consumption per lot</source>
        <translation>Consommation par lot</translation>
    </message>
    <message>
        <source>Alerts and forecast</source>
        <translation>Alertes et prévision</translation>
    </message>
    <message>
        <source>All contracts</source>
        <translation>Tous les contrats</translation>
    </message>
    <message>
        <source>All contracts as of %1</source>
        <translation>Tous les contrats au %1</translation>
    </message>
    <message>
        <source>not before the end</source>
        <translation>pas avant la fin</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Fin</translation>
    </message>
    <message>
        <source>Maximum reached</source>
        <translation>Maximum atteint</translation>
    </message>
    <message>
        <source>Fingerprint of the figures</source>
        <translation>Empreinte des chiffres</translation>
    </message>
    <message>
        <source>SHA-256 of every figure of this report (every amount in cents, every order line) as of %1. Two reports with the same fingerprint were made from the same data; the footers show its first 16 digits.</source>
        <translation>Empreinte SHA-256 de tous les chiffres de ce rapport (chaque montant en centimes, chaque ligne de commande) au %1. Deux rapports ayant la même empreinte ont été produits à partir des mêmes données&#xa0;; les pieds de page en reprennent les 16 premiers caractères.</translation>
    </message>
    <message>
        <source>Plafond · as of %1</source>
        <translation>Plafond · situation au %1</translation>
    </message>
    <message>
        <source>Generated on %1 at %2 · figures as of %3 · fingerprint %4</source>
        <translation>Généré le %1 à %2 · chiffres au %3 · empreinte %4</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Page %1 sur %2</translation>
    </message>
    <message>
        <source>There is no report to write.</source>
        <translation>Il n&apos;y a aucun rapport à écrire.</translation>
    </message>
    <message>
        <source>%1: cannot write the file.</source>
        <translation>%1&#xa0;: impossible d&apos;écrire le fichier.</translation>
    </message>
    <message numerus="yes">
        <source>%n more alert(s) on work-unit budgets and allocations: see the contract&apos;s own summary.</source>
        <translation>
            <numerusform>%n autre alerte sur les budgets d&apos;unités d&apos;œuvre et les droits de tirage&#xa0;: voir la synthèse propre au contrat.</numerusform>
            <numerusform>%n autres alertes sur les budgets d&apos;unités d&apos;œuvre et les droits de tirage&#xa0;: voir la synthèse propre au contrat.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1. Support and SLA</source>
        <translation>%1. Support et SLA</translation>
    </message>
    <message>
        <source>%1. Component coverage</source>
        <translation>%1. Couverture des composants</translation>
    </message>
    <message>
        <source>%1. Upstream contributions</source>
        <translation>%1. Contributions amont</translation>
    </message>
    <message>
        <source>%1. Annex: purchase orders</source>
        <translation>%1. Annexe&#xa0;: bons de commande</translation>
    </message>
</context>
<context>
    <name>ReportCharts</name>
    <message>
        <source>%1 M€</source>
        <translation>%1&#xa0;M€</translation>
    </message>
    <message>
        <source>%1 k€</source>
        <translation>%1&#xa0;k€</translation>
    </message>
    <message>
        <source>%1 €</source>
        <translation>%1&#xa0;€</translation>
    </message>
    <message>
        <source>The contract has no lot.</source>
        <translation>Le contrat ne comporte aucun lot.</translation>
    </message>
    <message>
        <source>Lot %1</source>
        <translation>Lot %1</translation>
    </message>
    <message>
        <source>no maximum</source>
        <translation>pas de montant maximum</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Payé</translation>
    </message>
    <message>
        <source>Invoiced</source>
        <translation>Facturé</translation>
    </message>
    <message>
        <source>Service done</source>
        <translation>Service fait</translation>
    </message>
    <message>
        <source>Ordered</source>
        <translation>Commandé</translation>
    </message>
    <message>
        <source>Thresholds</source>
        <translation>Seuils</translation>
    </message>
    <message>
        <source>Maximum</source>
        <translation>Montant maximum</translation>
    </message>
    <message>
        <source>Nothing ordered by the date of the figures.</source>
        <translation>Aucune commande à la date d&apos;arrêté des chiffres.</translation>
    </message>
    <message>
        <source>Maximum %1</source>
        <translation>Montant maximum %1</translation>
    </message>
    <message>
        <source>As of %1</source>
        <translation>Situation au %1</translation>
    </message>
    <message>
        <source>Ordered (cumulative)</source>
        <translation>Commandé (cumul)</translation>
    </message>
    <message>
        <source>Forecast</source>
        <translation>Prévision</translation>
    </message>
    <message>
        <source>Date of the figures</source>
        <translation>Date d&apos;arrêté des chiffres</translation>
    </message>
    <message numerus="yes">
        <source>%n other ministries</source>
        <translation>
            <numerusform>%n autre ministère</numerusform>
            <numerusform>%n autres ministères</numerusform>
        </translation>
    </message>
    <message>
        <source>No ministry has ordered by the date of the figures.</source>
        <translation>Aucun ministère n&apos;a passé de commande à la date d&apos;arrêté des chiffres.</translation>
    </message>
    <message>
        <source>No work unit ordered or budgeted.</source>
        <translation>Aucune unité d&apos;œuvre commandée ni budgétée.</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 sur %2</translation>
    </message>
    <message>
        <source>%1, no budget</source>
        <translation>%1, sans budget</translation>
    </message>
    <message>
        <source>%1 of the amount</source>
        <translation>%1 du montant</translation>
    </message>
    <message>
        <source>Ordered quantity, in % of the budget</source>
        <translation>Quantité commandée, en&#xa0;% du budget</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>Budget</translation>
    </message>
</context>
<context>
    <name>ReportComponents</name>
    <message>
        <source>%1 catalogued components are covered by the lots of this contract, whose stated scope is %2 components; the catalogue holds %3 components.</source>
        <translation>%1 composants catalogués sont couverts par les lots de ce contrat, dont le périmètre déclaré est de %2 composants&#xa0;; le catalogue compte %3 composants.</translation>
    </message>
    <message>
        <source>Lot</source>
        <translation>Lot</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Intitulé</translation>
    </message>
    <message>
        <source>Components covered</source>
        <translation>Composants couverts</translation>
    </message>
    <message>
        <source>Used but not covered</source>
        <translation>Utilisés mais non couverts</translation>
    </message>
    <message>
        <source>No beneficiary declares using a component that no lot covers.</source>
        <translation>Aucun bénéficiaire ne déclare utiliser un composant qu&apos;aucun lot ne couvre.</translation>
    </message>
    <message>
        <source>Components a beneficiary declares it uses that no lot of any contract covers.</source>
        <translation>Composants qu&apos;un bénéficiaire déclare utiliser et qu&apos;aucun lot d&apos;aucun contrat ne couvre.</translation>
    </message>
    <message>
        <source>Beneficiary</source>
        <translation>Bénéficiaire</translation>
    </message>
    <message>
        <source>Component</source>
        <translation>Composant</translation>
    </message>
    <message>
        <source>Development ordered: %1; with at least one contribution merged upstream by %2: %3, that is %4.</source>
        <translation>Développement commandé&#xa0;: %1&#xa0;; avec au moins une contribution intégrée en amont au %2&#xa0;: %3, soit %4.</translation>
    </message>
    <message>
        <source>Development</source>
        <translation>Développement</translation>
    </message>
    <message>
        <source>Merged upstream</source>
        <translation>Intégré en amont</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Part</translation>
    </message>
    <message>
        <source>Development orders without a merged contribution</source>
        <translation>Bons de commande de développement sans contribution intégrée</translation>
    </message>
    <message>
        <source>Every development order has at least one merged contribution.</source>
        <translation>Chaque bon de commande de développement a au moins une contribution intégrée.</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Commande</translation>
    </message>
    <message>
        <source>Issued on</source>
        <translation>Émis le</translation>
    </message>
</context>
<context>
    <name>ReportSla</name>
    <message>
        <source>%1 %2, public holidays off</source>
        <translation>%1 %2, jours fériés chômés</translation>
    </message>
    <message>
        <source>%1 %2, public holidays worked</source>
        <translation>%1 %2, jours fériés travaillés</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1&#xa0;min</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1&#xa0;h</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1&#xa0;h %2&#xa0;min</translation>
    </message>
    <message numerus="yes">
        <source>%n ticket(s) opened by %1: %2 late for the first response, %3 late for the restoration of service.</source>
        <translation>
            <numerusform>%n ticket ouvert jusqu&apos;au %1&#xa0;: %2 en retard pour la première réponse, %3 en retard pour le rétablissement du service.</numerusform>
            <numerusform>%n tickets ouverts jusqu&apos;au %1&#xa0;: %2 en retard pour la première réponse, %3 en retard pour le rétablissement du service.</numerusform>
        </translation>
    </message>
    <message>
        <source>The SLA clocks run in each lot&apos;s working hours, from the opening of a ticket to its first response and to the restoration of service; a ticket still waiting on the date counts up to the end of that day. A ticket without a target for its lot and severity is counted but never late.</source>
        <translation>Les délais SLA courent pendant les heures ouvrées de chaque lot, de l&apos;ouverture d&apos;un ticket jusqu&apos;à sa première réponse et jusqu&apos;au rétablissement du service&#xa0;; un ticket encore en attente à la date est compté jusqu&apos;à la fin de ce jour. Un ticket sans objectif pour son lot et sa gravité est compté mais n&apos;est jamais en retard.</translation>
    </message>
    <message>
        <source>Targets</source>
        <translation>Objectifs</translation>
    </message>
    <message>
        <source>Lot</source>
        <translation>Lot</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Gravité</translation>
    </message>
    <message>
        <source>First response</source>
        <translation>Première réponse</translation>
    </message>
    <message>
        <source>Restoration</source>
        <translation>Rétablissement</translation>
    </message>
    <message>
        <source>Working hours</source>
        <translation>Heures ouvrées</translation>
    </message>
    <message>
        <source>No SLA target is set: no ticket can be late.</source>
        <translation>Aucun objectif SLA n&apos;est défini&#xa0;: aucun ticket ne peut être en retard.</translation>
    </message>
    <message>
        <source>Per lot</source>
        <translation>Par lot</translation>
    </message>
    <message>
        <source>Tickets</source>
        <translation>Tickets</translation>
    </message>
    <message>
        <source>Late response</source>
        <translation>Prise en charge en retard</translation>
    </message>
    <message>
        <source>Late restoration</source>
        <translation>Rétablissement en retard</translation>
    </message>
    <message>
        <source>On time</source>
        <translation>Dans les délais</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>Contract</source>
        <translation>Contrat</translation>
    </message>
    <message>
        <source>Per component</source>
        <translation>Par composant</translation>
    </message>
    <message>
        <source>Component</source>
        <translation>Composant</translation>
    </message>
    <message>
        <source>No component named</source>
        <translation>Aucun composant indiqué</translation>
    </message>
    <message numerus="yes">
        <source>%n other component(s)</source>
        <translation>
            <numerusform>%n autre composant</numerusform>
            <numerusform>%n autres composants</numerusform>
        </translation>
    </message>
    <message>
        <source>Tickets and breaches per month</source>
        <translation>Tickets et dépassements par mois</translation>
    </message>
</context>
<context>
    <name>RevisedSchedule</name>
    <message>
        <source>Revision of %1 not applied: %2.</source>
        <translation>Révision du %1 non appliquée&#xa0;: %2.</translation>
    </message>
    <message>
        <source>the coefficient is too large</source>
        <translation>le coefficient est trop grand</translation>
    </message>
</context>
<context>
    <name>RevisionClause</name>
    <message>
        <source>The index of the revision clause, &quot;%1&quot;, is not supported (SYNTEC).</source>
        <translation>L&apos;indice de la clause de révision, &quot;%1&quot;, n&apos;est pas pris en charge (SYNTEC).</translation>
    </message>
    <message>
        <source>The base month of the revision clause, &quot;%1&quot;, is not a month (YYYY-MM).</source>
        <translation>Le mois de base de la clause de révision, &quot;%1&quot;, n&apos;est pas un mois (AAAA-MM).</translation>
    </message>
    <message>
        <source>The fixed part of the revision clause, &quot;%1&quot;, is not a decimal from 0 to 1.</source>
        <translation>La partie fixe de la clause de révision, &quot;%1&quot;, n&apos;est pas un nombre décimal de 0 à 1.</translation>
    </message>
    <message>
        <source>The rounding of the revision clause, &quot;%1&quot;, is not a number of decimals from 0 to 6.</source>
        <translation>L&apos;arrondi de la clause de révision, &quot;%1&quot;, n&apos;est pas un nombre de décimales de 0 à 6.</translation>
    </message>
    <message>
        <source>The revision dates, &quot;%1&quot;, are not ascending dates (YYYY-MM-DD, separated by commas).</source>
        <translation>Les dates de révision, &quot;%1&quot;, ne sont pas des dates croissantes (AAAA-MM-JJ, séparées par des virgules).</translation>
    </message>
    <message>
        <source>The revision clause needs the contract&apos;s start date or its revision dates.</source>
        <translation>La clause de révision nécessite la date de début du contrat ou ses dates de révision.</translation>
    </message>
</context>
<context>
    <name>Severities</name>
    <message>
        <source>Critical</source>
        <translation>Critique</translation>
    </message>
    <message>
        <source>Major</source>
        <translation>Majeur</translation>
    </message>
    <message>
        <source>Minor</source>
        <translation>Mineur</translation>
    </message>
</context>
<context>
    <name>SillImport</name>
    <message>
        <source>the entry has no identifier</source>
        <translation>l&apos;entrée n&apos;a pas d&apos;identifiant</translation>
    </message>
    <message>
        <source>identifier %1 is not a whole number</source>
        <translation>l&apos;identifiant %1 n&apos;est pas un nombre entier</translation>
    </message>
    <message>
        <source>identifier %1 already appears on line %2</source>
        <translation>l&apos;identifiant %1 figure déjà à la ligne %2</translation>
    </message>
    <message>
        <source>entry %1 has no name</source>
        <translation>l&apos;entrée %1 n&apos;a pas de nom</translation>
    </message>
    <message>
        <source>entry %1: status &quot;%2&quot; is not R, O or FR</source>
        <translation>entrée %1&#xa0;: le statut &quot;%2&quot; n&apos;est ni R, ni O, ni FR</translation>
    </message>
    <message>
        <source>entry %1: support &quot;%2&quot; is neither &quot;Oui&quot; nor empty</source>
        <translation>entrée %1&#xa0;: le support &quot;%2&quot; n&apos;est ni &quot;Oui&quot; ni vide</translation>
    </message>
    <message>
        <source>the SILL catalogue is an array of entries, not %1</source>
        <translation>le catalogue SILL est un tableau d&apos;entrées, pas %1</translation>
    </message>
    <message>
        <source>an entry is an object, not %1</source>
        <translation>une entrée est un objet, pas %1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is %2, not a string</source>
        <translation>&quot;%1&quot; est %2, pas une chaîne</translation>
    </message>
    <message>
        <source>this is not a SILL catalogue: the header has no &quot;ID&quot; and &quot;nom&quot; columns</source>
        <translation>ce n&apos;est pas un catalogue SILL&#xa0;: l&apos;en-tête n&apos;a pas de colonnes &quot;ID&quot; et &quot;nom&quot;</translation>
    </message>
    <message>
        <source>%1 fields where the header has %2</source>
        <translation>%1 champs alors que l&apos;en-tête en a %2</translation>
    </message>
    <message numerus="yes">
        <source>%n component(s) added</source>
        <translation>
            <numerusform>%n composant ajouté</numerusform>
            <numerusform>%n composants ajoutés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n component(s) changed</source>
        <translation>
            <numerusform>%n composant modifié</numerusform>
            <numerusform>%n composants modifiés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n component(s) unchanged</source>
        <translation>
            <numerusform>%n composant inchangé</numerusform>
            <numerusform>%n composants inchangés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n malformed entry(ies) skipped</source>
        <translation>
            <numerusform>%n entrée mal formée ignorée</numerusform>
            <numerusform>%n entrées mal formées ignorées</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SlaTargetsDialog</name>
    <message>
        <source>Change SLA targets</source>
        <translation>Modification des objectifs SLA</translation>
    </message>
</context>
<context>
    <name>Storage</name>
    <message>
        <source>the disk is full</source>
        <translation>le disque est plein</translation>
    </message>
    <message>
        <source>error code %1</source>
        <translation>code d&apos;erreur %1</translation>
    </message>
    <message>
        <source>Database error: %1</source>
        <translation>Erreur de base de données&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot;: %3</source>
        <translation>%1 « %2 » : %3</translation>
    </message>
    <message>
        <source>This record was changed by someone else since it was read; reload it and try again.</source>
        <translation>Cet enregistrement a été modifié par quelqu&apos;un d&apos;autre depuis sa lecture&#xa0;; rechargez-le et réessayez.</translation>
    </message>
    <message>
        <source>no identifier returned</source>
        <translation>aucun identifiant renvoyé</translation>
    </message>
    <message>
        <source>The change could not be committed.</source>
        <translation>La modification n&apos;a pas pu être validée.</translation>
    </message>
</context>
<context>
    <name>Summary</name>
    <message>
        <source>%1 is not the reference of a contract in this database.</source>
        <translation>%1 n&apos;est la référence d&apos;aucun contrat de cette base de données.</translation>
    </message>
</context>
<context>
    <name>SyntecImport</name>
    <message>
        <source>%1: %2 corrected to %3</source>
        <translation>%1&#xa0;: %2 corrigé en %3</translation>
    </message>
    <message numerus="yes">
        <source>%n new monthly value(s)</source>
        <translation>
            <numerusform>%n nouvelle valeur mensuelle</numerusform>
            <numerusform>%n nouvelles valeurs mensuelles</numerusform>
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
        <translation>Lot %1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>TextRules</name>
    <message>
        <source>the text is longer than %1 characters</source>
        <translation>le texte dépasse %1 caractères</translation>
    </message>
    <message>
        <source>the text holds a NUL character</source>
        <translation>le texte contient un caractère NUL</translation>
    </message>
    <message>
        <source>the text holds the bidirectional control character U+%1</source>
        <translation>le texte contient le caractère de contrôle bidirectionnel U+%1</translation>
    </message>
</context>
<context>
    <name>TicketStore</name>
    <message>
        <source>A ticket has no reference.</source>
        <translation>Un ticket n&apos;a pas de référence.</translation>
    </message>
    <message>
        <source>Ticket %1 has no opening time.</source>
        <translation>Le ticket %1 n&apos;a pas d&apos;heure d&apos;ouverture.</translation>
    </message>
    <message>
        <source>An SLA target must be longer than zero minutes.</source>
        <translation>Un objectif SLA doit être supérieur à zéro minute.</translation>
    </message>
    <message>
        <source>This lot no longer exists.</source>
        <translation>Ce lot n&apos;existe plus.</translation>
    </message>
</context>
<context>
    <name>TicketsImport</name>
    <message>
        <source>the file has no ticket</source>
        <translation>le fichier ne contient aucun ticket</translation>
    </message>
    <message>
        <source>%1 fields instead of %2</source>
        <translation>%1 champs au lieu de %2</translation>
    </message>
    <message>
        <source>ticket: the reference is missing</source>
        <translation>ticket&#xa0;: la référence manque</translation>
    </message>
    <message>
        <source>severity: &quot;%1&quot; is not a severity (critical, major, minor)</source>
        <translation>severity&#xa0;: &quot;%1&quot; n&apos;est pas une gravité (critical, major, minor)</translation>
    </message>
    <message>
        <source>opened: the time is missing</source>
        <translation>opened&#xa0;: l&apos;heure manque</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a time (YYYY-MM-DD HH:MM or DD/MM/YYYY HH:MM)</source>
        <translation>%1&#xa0;: &quot;%2&quot; n&apos;est pas une heure (AAAA-MM-JJ HH:MM ou JJ/MM/AAAA HH:MM)</translation>
    </message>
    <message>
        <source>%1: %2 is before the opening time %3</source>
        <translation>%1&#xa0;: %2 est antérieur à l&apos;heure d&apos;ouverture %3</translation>
    </message>
    <message>
        <source>closed: %1 is before the %2 time %3</source>
        <translation>closed&#xa0;: %1 est antérieur à l&apos;heure %2 %3</translation>
    </message>
    <message>
        <source>ticket %1 is already at line %2</source>
        <translation>le ticket %1 figure déjà à la ligne %2</translation>
    </message>
    <message>
        <source>ticket %1 already exists in contract %2</source>
        <translation>le ticket %1 existe déjà dans le contrat %2</translation>
    </message>
    <message>
        <source>component %1 is not covered by lot %2 of %3</source>
        <translation>le composant %1 n&apos;est pas couvert par le lot %2 de %3</translation>
    </message>
    <message>
        <source>tickets added: %1</source>
        <translation>tickets ajoutés&#xa0;: %1</translation>
    </message>
    <message>
        <source>tickets changed: %1</source>
        <translation>tickets modifiés&#xa0;: %1</translation>
    </message>
    <message>
        <source>tickets unchanged: %1</source>
        <translation>tickets inchangés&#xa0;: %1</translation>
    </message>
    <message>
        <source>Tickets imported from %1: %2</source>
        <translation>Tickets importés depuis %1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>WorkingHours</name>
    <message>
        <source>&quot;%1&quot; is not working hours: expected days, hours and optionally &quot;holidays&quot;, as in &quot;1-5 09:00-18:00 holidays&quot;</source>
        <translation>&quot;%1&quot; n&apos;est pas une plage d&apos;heures ouvrées&#xa0;: jours, heures et éventuellement &quot;holidays&quot; attendus, comme dans &quot;1-5 09:00-18:00 holidays&quot;</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a day or a range of days (1 Monday to 7 Sunday)</source>
        <translation>&quot;%1&quot; n&apos;est pas un jour ou une plage de jours (1 lundi à 7 dimanche)</translation>
    </message>
    <message>
        <source>the range of days &quot;%1&quot; ends before it starts</source>
        <translation>la plage de jours &quot;%1&quot; se termine avant de commencer</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a span of hours (HH:MM-HH:MM)</source>
        <translation>&quot;%1&quot; n&apos;est pas une plage horaire (HH:MM-HH:MM)</translation>
    </message>
    <message>
        <source>the working hours &quot;%1&quot; end before they start</source>
        <translation>les heures ouvrées &quot;%1&quot; se terminent avant de commencer</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not &quot;holidays&quot;</source>
        <translation>&quot;%1&quot; n&apos;est pas &quot;holidays&quot;</translation>
    </message>
</context>
</TS>
