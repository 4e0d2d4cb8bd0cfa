// SPDX-License-Identifier: GPL-3.0-or-later
// The command line: reads the arguments, then opens the window or runs one headless command.
// Kept thin on purpose: every command's work lives in core, where the tests reach it.
#include "engine/summary.h"
#include "io/importer.h"
#include "io/csvexport.h"
#include "io/decpexport.h"
#include "io/datagenerator.h"
#include "io/demodata.h"
#include "jobs/job.h"
#include "language.h"
#include "mainwindow.h"
#include "report/reportbuilder.h"
#include "storage/database.h"
#include "storage/newdatabasefile.h"
#include "storage/stores.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QGuiApplication>
#include <QJsonDocument>
#include <QMessageBox>
#include <QRegularExpression>
#include <QSettings>
#include <QStandardPaths>

#include <cstdio>
#include <memory>

namespace Plafond {
namespace {

// Exit codes of every command (docs/DOMAIN.md).
enum ExitCode { Success = 0, RuntimeFailure = 1, InvalidInput = 2 };

void writeBytes(FILE *stream, const QByteArray &bytes)
{
    std::fwrite(bytes.constData(), 1, static_cast<size_t>(bytes.size()), stream);
    std::fflush(stream);
}

void printOut(const QString &text)
{
    writeBytes(stdout, text.toUtf8());
}

void printError(const QString &text)
{
    writeBytes(stderr, text.toUtf8() + '\n');
}

// The canonical form of a path that may not exist yet: its folder resolved (symbolic links, "..").
QString resolvedPath(const QString &path)
{
    const QFileInfo info(path);
    if (info.exists())
        return info.canonicalFilePath();
    const QString folder = QFileInfo(info.absolutePath()).canonicalFilePath();
    return folder.isEmpty() ? info.absoluteFilePath() : QDir(folder).filePath(info.fileName());
}

// Whether writing `out` would replace the database file or one of SQLite's files beside it.
bool isDatabaseFile(const QString &out, const QString &database)
{
    if (Database::isServerUrl(database))
        return false;
    const QString target = resolvedPath(out);
    for (const char *suffix : {"", "-journal", "-wal", "-shm"}) {
        if (target == resolvedPath(database + QLatin1String(suffix)))
            return true;
    }
    return false;
}

class CommandLine
{
    Q_DECLARE_TR_FUNCTIONS(CommandLine)
public:
    enum class Mode { Help, Version, Gui, Demo, Generate, Summary, Report, Export, Import, Invalid };

    // Built twice: once before any application object exists, to choose between QCoreApplication and
    // QApplication (a headless command must not need a display), then again once the translators are
    // installed, so that the help and the messages are in the user's language.
    explicit CommandLine(const QStringList &arguments)
        : m_db(QStringLiteral("db"), tr("Database file or postgresql:// URL."), tr("PATH|URL")),
          m_lang(QStringLiteral("lang"), tr("Language of the interface and the messages: fr or en."), tr("fr|en")),
          m_demo(QStringLiteral("demo"), tr("Open the window on the demo database (created when missing).")),
          m_contract(QStringLiteral("contract"), tr("summary, report, export: only the contract with this reference."),
                     tr("REF")),
          m_asOf(QStringLiteral("as-of"), tr("summary, report: the date of the figures (default: today)."), tr("YYYY-MM-DD")),
          m_format(QStringLiteral("format"), tr("summary: output format, json (default) or csv."), tr("json|csv")),
          m_all(QStringLiteral("all"), tr("report: every contract (the portfolio) instead of one.")),
          m_pdfa(QStringLiteral("pdfa"), tr("report: write PDF/A-1b, for archiving.")),
          m_out(QStringLiteral("out"), tr("report, export: the file to write."), tr("FILE")),
          m_dialect(QStringLiteral("dialect"),
                    tr("export: fr (';', decimal comma, byte order mark; the default) or standard (',', decimal point)."),
                    tr("fr|standard")),
          m_dryRun(QStringLiteral("dry-run"), tr("import: check the file and tell what would change, writing nothing.")),
          m_scale(QStringLiteral("scale"), tr("generate: how many contracts of 10,000 orders to write (1 to 100)."),
                  tr("N")),
          m_skipInvalid(QStringLiteral("skip-invalid"),
                        tr("%1: skip the malformed entries (still told on stderr) instead of refusing the file.")
                            .arg(Importer::skipInvalidCommands()))
    {
        m_parser.setApplicationDescription(
            tr("Plafond supervises framework contracts: orders, service done, invoices and payments against each"
               " lot's ceiling.\n\n"
               "Commands:\n"
               "  (none)     open the window on --db, --demo, the last database used or the default one\n"
               "  demo       --db PATH: write the demo database to PATH, which must not exist yet\n"
               "  generate   --db PATH --scale N: write N generated contracts of 10,000 orders each, for\n"
               "             benchmarks (deterministic; PATH must not exist yet)\n"
               "  summary    --db PATH [--contract REF] [--as-of YYYY-MM-DD] [--format json|csv]:\n"
               "             print the figures of the contracts at a date (amounts in cents in JSON,\n"
               "             one row per lot in CSV)\n"
               "  report     --db PATH (--contract REF | --all) [--as-of YYYY-MM-DD] [--lang fr|en] [--pdfa]\n"
               "             --out FILE.pdf: the PDF summary of a contract, or the portfolio of all of them\n"
               "  export     orders --db PATH [--contract REF] --out FILE [--dialect fr|standard]:\n"
               "             the orders, one row per order line, in the orders CSV format\n"
               "  export     decp --db PATH --contract REF --out FILE.json: the contract in the DECP 2024\n"
               "             format (schema 2.0.3), its amendments as modifications\n")
            + importHelp()
            + tr("\nExit codes: 0 success, 1 runtime failure, 2 invalid input (the message is on stderr)."));
        m_parser.addHelpOption();
        m_parser.addVersionOption();
        m_parser.addOptions({m_db, m_lang, m_demo, m_contract, m_asOf, m_format, m_all, m_pdfa, m_out, m_dialect, m_dryRun, m_scale, m_skipInvalid});
        m_parser.addPositionalArgument(QStringLiteral("command"),
                                       tr("demo, summary, report, export or import; none opens the window."),
                                       QStringLiteral("[command]"));
        m_mode = parse(arguments);
    }

    Mode mode() const { return m_mode; }
    QString error() const { return m_error; }
    QString helpText() const { return m_parser.helpText(); }
    QString language() const
    {
        return m_parser.isSet(m_lang) ? m_parser.value(m_lang) : Language::systemDefault();
    }

    int runDemo() const;
    int runGenerate() const;
    // Opens --db (parse() made sure that it exists) to read, never to write; false after printing why not.
    bool openToRead(Database &database) const;
    // Prints why a command failed: a contract that is not there is the input's fault (named after
    // --contract when the user gave it), anything else the run's.
    int failed(bool unknownContract, const QString &error, bool byOption = true) const;
    int runSummary() const;
    int runReport() const;
    int runExport() const;
    int runImport() const;
    int runGui() const;

private:
    // The help's lines of the import command, one entry per kind of the importers' registry.
    static QString importHelp();
    Mode parse(const QStringList &arguments);
    Mode invalid(const QString &message)
    {
        m_error = message;
        return Mode::Invalid;
    }
    // The options that only some commands take; an option given where it means nothing is an error rather
    // than silently ignored.
    QString misplaced(Mode mode) const;

    QCommandLineParser m_parser;
    QCommandLineOption m_db;
    QCommandLineOption m_lang;
    QCommandLineOption m_demo;
    QCommandLineOption m_contract;
    QCommandLineOption m_asOf;
    QCommandLineOption m_format;
    QCommandLineOption m_all;
    QCommandLineOption m_pdfa;
    QCommandLineOption m_out;
    QCommandLineOption m_dialect;
    QCommandLineOption m_dryRun;
    QCommandLineOption m_scale;
    QCommandLineOption m_skipInvalid;
    Mode m_mode = Mode::Invalid;
    QString m_error;
    QDate m_asOfDate;
};

QString CommandLine::importHelp()
{
    // The help's layout: the command in a column of 13, its text wrapped at 100 characters.
    const int width = 100;
    const QString indent(13, QLatin1Char(' '));
    QString help;
    for (Importer::Kind kind : Importer::kinds()) {
        QString text = tr("%1 FILE --db PATH [--dry-run]%2: %3")
                           .arg(Importer::name(kind),
                                Importer::canSkipInvalid(kind) ? QStringLiteral(" [--skip-invalid]") : QString(),
                                Importer::help(kind));
        if (Importer::updatesExisting(kind))
            text += tr("; re-import updates");
        QString line = QStringLiteral("  import     ");
        for (const QString &word : text.split(QLatin1Char(' '))) {
            if (line.size() + 1 + word.size() > width && line.size() > indent.size()) {
                help += line + QLatin1Char('\n');
                line = indent;
            } else if (line.size() > indent.size()) {
                line += QLatin1Char(' ');
            }
            line += word;
        }
        help += line + QLatin1Char('\n');
    }
    return help + indent + tr("every import is checked first, then written at once or not at all") + QLatin1Char('\n');
}

CommandLine::Mode CommandLine::parse(const QStringList &arguments)
{
    if (!m_parser.parse(arguments))
        return invalid(m_parser.errorText());
    if (m_parser.isSet(QStringLiteral("help")) || m_parser.isSet(QStringLiteral("help-all")))
        return Mode::Help;
    if (m_parser.isSet(QStringLiteral("version")))
        return Mode::Version;
    const QString lang = m_parser.value(m_lang);
    if (m_parser.isSet(m_lang) && lang != QLatin1String("fr") && lang != QLatin1String("en"))
        return invalid(tr("--lang: %1 is not a supported language (fr, en)").arg(lang));

    const QStringList positional = m_parser.positionalArguments();
    Mode mode = Mode::Gui;
    if (!positional.isEmpty()) {
        const QString command = positional.first();
        if (command == QLatin1String("demo"))
            mode = Mode::Demo;
        else if (command == QLatin1String("generate"))
            mode = Mode::Generate;
        else if (command == QLatin1String("summary"))
            mode = Mode::Summary;
        else if (command == QLatin1String("report"))
            mode = Mode::Report;
        else if (command == QLatin1String("export"))
            mode = Mode::Export;
        else if (command == QLatin1String("import"))
            mode = Mode::Import;
        else
            return invalid(tr("%1: unknown command (commands: demo, generate, summary, report, export, import; see --help)").arg(command));
        // export names what it exports, import what it imports and from which file; the others take no argument.
        const int expected = mode == Mode::Export ? 2 : mode == Mode::Import ? 3 : 1;
        if (mode == Mode::Import) {
            QStringList names;
            for (Importer::Kind kind : Importer::kinds())
                names << Importer::name(kind);
            if (positional.size() < 2)
                return invalid(tr("import: what to import is missing (%1)").arg(names.join(QStringLiteral(", "))));
            const std::optional<Importer::Kind> kind = Importer::kindFromName(positional.at(1));
            if (!kind)
                return invalid(tr("import: %1 cannot be imported (%2)").arg(positional.at(1), names.join(QStringLiteral(", "))));
            if (positional.size() < 3)
                return invalid(tr("import: the file to import is missing"));
            // Only entries that stand alone can be skipped; a skipped order line or lot would falsify the rest.
            if (!Importer::canSkipInvalid(*kind) && m_parser.isSet(m_skipInvalid))
                return invalid(tr("--skip-invalid only applies to %1").arg(Importer::skipInvalidCommands()));
        }
        if (mode == Mode::Export && positional.size() < 2)
            return invalid(tr("export: what to export is missing (orders, decp)"));
        if (mode == Mode::Export && positional.at(1) != QLatin1String("orders") && positional.at(1) != QLatin1String("decp"))
            return invalid(tr("export: %1 cannot be exported (orders, decp)").arg(positional.at(1)));
        if (mode == Mode::Export && positional.at(1) == QLatin1String("decp")
            && (!m_parser.isSet(m_contract) || m_parser.value(m_contract).isEmpty()))
            return invalid(tr("export decp: --contract REF is required"));
        if (positional.size() > expected)
            return invalid(tr("%1: unexpected argument %2").arg(command, positional.at(expected)));
    }
    const QString wrongOption = misplaced(mode);
    if (!wrongOption.isEmpty())
        return invalid(wrongOption);

    if (mode != Mode::Gui) {
        if (!m_parser.isSet(m_db) || m_parser.value(m_db).isEmpty())
            return invalid(tr("%1: --db PATH is required").arg(positional.first()));
    }
    if (mode == Mode::Report) {
        if (m_parser.isSet(m_contract) && m_parser.isSet(m_all))
            return invalid(tr("--contract and --all cannot be used together"));
        if (!m_parser.isSet(m_contract) && !m_parser.isSet(m_all))
            return invalid(tr("report: --contract REF or --all is required"));
        if (!m_parser.isSet(m_out) || m_parser.value(m_out).isEmpty())
            return invalid(tr("report: --out FILE.pdf is required"));
    }
    if (mode == Mode::Export) {
        if (!m_parser.isSet(m_out) || m_parser.value(m_out).isEmpty())
            return invalid(tr("export: --out FILE is required"));
        if (m_parser.isSet(m_dialect) && !CsvExport::dialectFromKey(m_parser.value(m_dialect)))
            return invalid(tr("--dialect: %1 is not a supported dialect (fr, standard)").arg(m_parser.value(m_dialect)));
    }
    // An output never replaces the database (nor SQLite's files beside it), whatever the path says.
    if ((mode == Mode::Report || mode == Mode::Export) && isDatabaseFile(m_parser.value(m_out), m_parser.value(m_db)))
        return invalid(tr("--out: %1 is the database (or its journal); choose another file").arg(m_parser.value(m_out)));
    if (mode == Mode::Generate) {
        bool ok = false;
        const int scale = m_parser.value(m_scale).toInt(&ok);
        if (!m_parser.isSet(m_scale))
            return invalid(tr("generate: --scale N is required"));
        if (!ok || scale < 1 || scale > 100)
            return invalid(tr("--scale: %1 is not a number of contracts from 1 to 100").arg(m_parser.value(m_scale)));
    }
    if (mode == Mode::Gui && m_parser.isSet(m_demo) && m_parser.isSet(m_db))
        return invalid(tr("--demo and --db cannot be used together"));
    // Told here, before any window system is needed. Only demo creates a missing file (docs/DOMAIN.md).
    if (mode != Mode::Demo && mode != Mode::Generate && mode != Mode::Import && m_parser.isSet(m_db)) {
        const QString location = m_parser.value(m_db);
        if (!Database::isServerUrl(location) && !QFileInfo::exists(location))
            return invalid(tr("%1: no such database file").arg(location));
    }
    if (mode == Mode::Summary || mode == Mode::Report) {
        if (mode == Mode::Summary && m_parser.isSet(m_format) && m_parser.value(m_format) != QLatin1String("json")
            && m_parser.value(m_format) != QLatin1String("csv"))
            return invalid(tr("--format: %1 is not a supported format (json, csv)").arg(m_parser.value(m_format)));
        m_asOfDate = QDate::currentDate();
        if (m_parser.isSet(m_asOf)) {
            const QString text = m_parser.value(m_asOf);
            // Qt's ISO parser also takes a trailing time and other shapes: ask for exactly ten characters.
            static const QRegularExpression shape(QStringLiteral("^\\d{4}-\\d{2}-\\d{2}$"));
            m_asOfDate = shape.match(text).hasMatch() ? QDate::fromString(text, Qt::ISODate) : QDate();
            if (!m_asOfDate.isValid())
                return invalid(tr("--as-of: %1 is not a date (YYYY-MM-DD)").arg(text));
        }
    }
    return mode;
}

QString CommandLine::misplaced(Mode mode) const
{
    const QString command = mode == Mode::Demo ? QStringLiteral("demo")
        : mode == Mode::Generate               ? QStringLiteral("generate")
        : mode == Mode::Summary                ? QStringLiteral("summary")
        : mode == Mode::Report                 ? QStringLiteral("report")
        : mode == Mode::Import                 ? QStringLiteral("import")
                                               : QStringLiteral("export");
    if (mode != Mode::Gui && m_parser.isSet(m_demo))
        return tr("--demo does not apply to the %1 command").arg(command);
    // Each option with the commands it applies to, and how the message names them.
    const struct
    {
        const QCommandLineOption *option;
        QList<Mode> modes;
        QString commands;
    } scopes[] = {
        {&m_contract, {Mode::Summary, Mode::Report, Mode::Export}, tr("the summary, report and export commands")},
        {&m_asOf, {Mode::Summary, Mode::Report}, tr("the summary and report commands")},
        {&m_format, {Mode::Summary}, tr("the summary command")},
        {&m_all, {Mode::Report}, tr("the report command")},
        {&m_pdfa, {Mode::Report}, tr("the report command")},
        {&m_out, {Mode::Report, Mode::Export}, tr("the report and export commands")},
        {&m_dialect, {Mode::Export}, tr("the export command")},
        {&m_dryRun, {Mode::Import}, tr("the import command")},
        {&m_skipInvalid, {Mode::Import}, tr("the import command")},
        {&m_scale, {Mode::Generate}, tr("the generate command")},
    };
    for (const auto &scope : scopes) {
        if (!scope.modes.contains(mode) && m_parser.isSet(*scope.option))
            return tr("--%1 only applies to %2").arg(scope.option->names().first(), scope.commands);
    }
    return {};
}

int CommandLine::runDemo() const
{
    const QString location = m_parser.value(m_db);
    QString error;
    if (!Database::isServerUrl(location) && QFileInfo::exists(location)) {
        // Writing over an existing file would lose its data: the demo only goes to a new file.
        printError(tr("%1: the file already exists; the demo is only written to a new file").arg(location));
        return InvalidInput;
    }
    if (!DemoData::writeTo(location, &error)) {
        printError(error);
        return RuntimeFailure;
    }
    printOut(tr("Demo database written to %1").arg(Database::displayLocation(location)) + QLatin1Char('\n'));
    return Success;
}

int CommandLine::runGenerate() const
{
    const QString location = m_parser.value(m_db);
    if (!Database::isServerUrl(location) && QFileInfo::exists(location)) {
        printError(tr("%1: the file already exists; generated data are only written to a new file").arg(location));
        return InvalidInput;
    }
    QString error;
    // Built under a temporary name, renamed when complete: a killed run leaves nothing at --db.
    NewDatabaseFile file(location);
    if (!file.prepare(&error)) {
        printError(error);
        return RuntimeFailure;
    }
    const int scale = m_parser.value(m_scale).toInt();
    // A job, as in the window: its own connection, the file created by it. The lines are printed by the work
    // itself, one per contract, so that none is merged with the next.
    JobRunner runner;
    runner.setLocation(file.buildLocation());
    Job *job = runner.start(tr("Generating"), Job::Access::Create, [scale](JobContext &context) -> Status {
        QString message;
        // Nothing is committed before the end: each contract is only prepared until then.
        if (!DataGenerator::write(context.stores(), scale, &message, [&context](int done, int total) {
                printError(tr("Contract %1 of %2 prepared").arg(QString::number(done), QString::number(total)));
                context.progress(done, total);
            }))
            return Error::database(message);
        return {};
    });
    job->wait();
    const bool written = job->outcome() == Job::Outcome::Succeeded;
    error = job->errorMessage();
    if (!written || !file.commit(&error)) {
        printError(error);
        return RuntimeFailure;
    }
    printOut(tr("Generated data (scale %1) written to %2").arg(QString::number(scale), Database::displayLocation(location))
             + QLatin1Char('\n'));
    return Success;
}

bool CommandLine::openToRead(Database &database) const
{
    QString error;
    if (database.open(m_parser.value(m_db), Database::OpenMode::ReadOnly, &error))
        return true;
    printError(error);
    return false;
}

int CommandLine::failed(bool unknownContract, const QString &error, bool byOption) const
{
    if (!unknownContract) {
        printError(error);
        return RuntimeFailure;
    }
    printError(byOption ? tr("--contract: %1").arg(error) : error);
    return InvalidInput;
}

int CommandLine::runSummary() const
{
    Database database;
    QString error;
    if (!openToRead(database))
        return RuntimeFailure;
    Stores stores(database);
    Summary::Failure failure = Summary::Failure::None;
    const auto summary = Summary::compute(stores, m_asOfDate, m_parser.value(m_contract), &error, &failure);
    if (!summary)
        return failed(failure == Summary::Failure::UnknownContract, error);
    if (m_parser.value(m_format) == QLatin1String("csv"))
        printOut(summary->toCsv());
    else
        writeBytes(stdout, QJsonDocument(summary->toJson()).toJson(QJsonDocument::Indented));
    return Success;
}

int CommandLine::runReport() const
{
    Database database;
    QString error;
    if (!openToRead(database))
        return RuntimeFailure;
    Stores stores(database);
    ReportOptions options;
    options.all = m_parser.isSet(m_all);
    options.contractReference = m_parser.value(m_contract);
    options.asOf = m_asOfDate;
    options.language = language();
    options.pdfA = m_parser.isSet(m_pdfa);
    ReportBuilder builder;
    if (!builder.prepare(stores, options, &error))
        return failed(builder.failure() == ReportBuilder::Failure::UnknownContract, error, !options.all);
    const QString out = m_parser.value(m_out);
    if (!builder.writePdf(out, &error)) {
        printError(error);
        return RuntimeFailure;
    }
    printOut(tr("Report written to %1 (%n page(s))", nullptr, builder.pageCount()).arg(out) + QLatin1Char('\n'));
    return Success;
}

int CommandLine::runExport() const
{
    Database database;
    QString error;
    if (!openToRead(database))
        return RuntimeFailure;
    Stores stores(database);
    if (m_parser.positionalArguments().at(1) == QLatin1String("decp")) {
        QStringList warnings;
        DecpExport::Failure failure = DecpExport::Failure::None;
        const auto json = DecpExport::contract(stores, m_parser.value(m_contract), &warnings, &error, &failure);
        for (const QString &warning : std::as_const(warnings))
            printError(tr("warning: %1").arg(warning));
        if (!json) {
            printError(failure == DecpExport::Failure::UnknownContract ? tr("--contract: %1").arg(error) : error);
            return failure == DecpExport::Failure::Storage ? RuntimeFailure : InvalidInput;
        }
        const QString out = m_parser.value(m_out);
        if (!CsvExport::write(out, *json, &error)) {
            printError(error);
            return RuntimeFailure;
        }
        printOut(tr("DECP written to %1").arg(out) + QLatin1Char('\n'));
        return Success;
    }
    const CsvExport::Dialect dialect =
        CsvExport::dialectFromKey(m_parser.value(m_dialect)).value_or(CsvExport::Dialect::French);
    CsvExport::Failure failure = CsvExport::Failure::None;
    const auto bytes = CsvExport::orders(stores, m_parser.value(m_contract), dialect, &error, &failure);
    if (!bytes)
        return failed(failure == CsvExport::Failure::UnknownContract, error);
    const QString out = m_parser.value(m_out);
    if (!CsvExport::write(out, *bytes, &error)) {
        printError(error);
        return RuntimeFailure;
    }
    printOut(tr("Orders written to %1").arg(out) + QLatin1Char('\n'));
    return Success;
}

int CommandLine::runImport() const
{
    const QStringList positional = m_parser.positionalArguments();
    const Importer::Kind kind = *Importer::kindFromName(positional.at(1)); // checked by parse()
    const QString path = positional.at(2);
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        printError(tr("%1: cannot read the file: %2").arg(path, file.errorString()));
        return InvalidInput;
    }
    const QByteArray bytes = file.readAll();
    const QString location = m_parser.value(m_db);
    // import creates a missing database file (docs/DOMAIN.md), but a failed or dry import leaves nothing behind.
    const bool created = !Database::isServerUrl(location) && !QFileInfo::exists(location);
    Database database;
    auto finish = [&](int code) {
        database.close();
        if (created && (code != Success || m_parser.isSet(m_dryRun)))
            QFile::remove(location);
        return code;
    };
    QString error;
    // A dry run of an existing database only reads it: no migration, no write-ahead log switched on.
    const Database::OpenMode mode = m_parser.isSet(m_dryRun) && !created ? Database::OpenMode::ReadOnly
                                                                          : Database::OpenMode::CreateIfMissing;
    if (!database.open(location, mode, &error)) {
        printError(error);
        return finish(RuntimeFailure);
    }
    if (!database.migrationNotice().isEmpty())
        printError(database.migrationNotice());
    Stores stores(database);
    const std::unique_ptr<Importer> importer = Importer::create(kind);
    Importer::Options options;
    options.skipInvalid = m_parser.isSet(m_skipInvalid);
    const bool valid = importer->prepare(stores, bytes, path, options);
    // With --skip-invalid the skipped entries are still told; without, any error refuses the file.
    for (const QString &message : importer->errors())
        printError(message);
    if (!valid)
        return finish(InvalidInput);
    for (const QString &message : importer->warnings())
        printError(message);
    if (m_parser.isSet(m_dryRun)) {
        // Importers that update what is there tell what the file would leave (added, changed, unchanged).
        const bool updates = Importer::updatesExisting(kind);
        printOut((updates ? tr("Dry run: nothing written. The import would leave:")
                          : tr("Dry run: nothing written. The import would add:"))
                 + QLatin1Char('\n'));
        for (const QString &change : importer->changes())
            printOut(QStringLiteral("  ") + change + QLatin1Char('\n'));
        return finish(Success);
    }
    if (!importer->apply(stores, options, &error)) {
        printError(error);
        return finish(RuntimeFailure);
    }
    printOut(importer->doneMessage(path) + QLatin1Char('\n'));
    return finish(Success);
}

int CommandLine::runGui() const
{
    const QString dataDir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    QString location;
    bool createIfMissing = false;
    bool chosen = true; // named on the command line: a failure to open it ends the program
    if (m_parser.isSet(m_demo)) {
        QString error;
        if (!DemoData::ensureDefault(&location, &error)) {
            printError(error);
            QMessageBox::critical(nullptr, tr("Plafond"), error);
            return RuntimeFailure;
        }
    } else if (m_parser.isSet(m_db)) {
        location = m_parser.value(m_db); // parse() made sure that a file exists
    } else {
        // The last database used (MainWindow records it), else the user's own file, created on first use.
        chosen = false;
        location = QSettings().value(QStringLiteral("lastDatabase")).toString();
        if (location.isEmpty() || (!Database::isServerUrl(location) && !QFileInfo::exists(location))) {
            QDir().mkpath(dataDir);
            location = QDir(dataDir).filePath(QStringLiteral("plafond.sqlite"));
            createIfMissing = true;
        }
    }

    MainWindow window;
    QString error;
    if (!window.openDatabase(location, createIfMissing, &error)) {
        printError(error);
        if (chosen) {
            QMessageBox::critical(nullptr, tr("Plafond"), error);
            return RuntimeFailure;
        }
        // Not chosen by the user this time: show the window anyway, so that another database can be opened.
        QMessageBox::warning(&window, tr("Plafond"), error);
    }
    window.show();
    return QApplication::exec();
}

QStringList argumentList(int argc, char *argv[])
{
    QStringList list;
    for (int i = 0; i < argc; ++i)
        list << QString::fromLocal8Bit(argv[i]);
    return list;
}

void setApplicationNames()
{
    QCoreApplication::setOrganizationName(QStringLiteral("Plafond"));
    QCoreApplication::setApplicationName(QStringLiteral("plafond"));
    QCoreApplication::setApplicationVersion(QStringLiteral(PLAFOND_VERSION));
}

} // namespace
} // namespace Plafond

int main(int argc, char *argv[])
{
    using namespace Plafond;
    setApplicationNames();
    const CommandLine untranslated(argumentList(argc, argv));
    std::unique_ptr<QCoreApplication> app;
    if (untranslated.mode() == CommandLine::Mode::Gui) {
        app = std::make_unique<QApplication>(argc, argv);
    } else if (untranslated.mode() == CommandLine::Mode::Report) {
        // The report needs fonts (a QGuiApplication), not a screen: without one, the offscreen platform lets
        // it run on a server or in a pipeline.
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM") && qEnvironmentVariableIsEmpty("DISPLAY")
            && qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        app = std::make_unique<QGuiApplication>(argc, argv);
    } else {
        app = std::make_unique<QCoreApplication>(argc, argv);
    }

    // Translators first, then the real parse, so that help and messages follow the language.
    // Even a refused command line answers in the language it asked for, when it asked for a known one.
    const QString language = untranslated.language();
    Language::apply(language == QLatin1String("fr") || language == QLatin1String("en") ? language : Language::systemDefault());
    const CommandLine commandLine(QCoreApplication::arguments());

    switch (commandLine.mode()) {
    case CommandLine::Mode::Help:
        printOut(commandLine.helpText());
        return Success;
    case CommandLine::Mode::Version:
        printOut(QCoreApplication::applicationName() + QLatin1Char(' ') + QCoreApplication::applicationVersion()
                 + QLatin1Char('\n'));
        return Success;
    case CommandLine::Mode::Invalid:
        printError(commandLine.error());
        return InvalidInput;
    case CommandLine::Mode::Demo:
        return commandLine.runDemo();
    case CommandLine::Mode::Generate:
        return commandLine.runGenerate();
    case CommandLine::Mode::Summary:
        return commandLine.runSummary();
    case CommandLine::Mode::Report:
        return commandLine.runReport();
    case CommandLine::Mode::Export:
        return commandLine.runExport();
    case CommandLine::Mode::Import:
        return commandLine.runImport();
    case CommandLine::Mode::Gui:
        return commandLine.runGui();
    }
    return RuntimeFailure;
}
