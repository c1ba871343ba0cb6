// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/ScanCommand.h"

#include "app/cli/CliSupport.h"
#include "app/cli/ScanReport.h"
#include "core/common/Translations.h"
#include "core/common/Utf8.h"
#include "core/detect/Dates.h"
#include "core/detect/Masking.h"
#include "core/detect/RuleSet.h"
#include "core/detect/StreamScanner.h"
#include "core/log/Log.h"
#include "core/policy/Policy.h"
#include "core/policy/PolicyRules.h"

#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

#include <algorithm>
#include <cstring>
#include <optional>

namespace {

constexpr qint64 readBlock = 1 << 20;
constexpr qsizetype binarySniff = 8192;

struct Input
{
    QFile file;
    QIODevice* device = nullptr;
    QString name;
};

// Opens FILE or stdin; on failure writes why to err and returns false.
bool openInput(const QString& path, CliIo& io, Input& input)
{
    if (path.isEmpty() || path == u"-"_qs) {
        input.device = io.in;
        input.name = u"<stdin>"_qs;
        return input.device != nullptr;
    }
    input.name = path;
    const QFileInfo info(path);
    if (!info.exists()) {
        io.err << ScanCommand::tr("scrim-cli: cannot scan %1: no such file. Check the path, or use - to read "
                                  "standard input.")
                      .arg(CliSupport::displayName(path))
               << "\n";
        return false;
    }
    if (info.isDir()) {
        io.err << ScanCommand::tr("scrim-cli: '%1' is a folder. Give a file (for a folder: find DIR -type f -exec "
                                  "scrim-cli scan {} \\;).")
                      .arg(path)
               << "\n";
        return false;
    }
    input.file.setFileName(path);
    if (!input.file.open(QIODevice::ReadOnly)) {
        io.err << ScanCommand::tr("scrim-cli: cannot open '%1': %2.").arg(path, input.file.errorString()) << "\n";
        return false;
    }
    input.device = &input.file;
    return true;
}

int scanStream(Input& input,
               const std::shared_ptr<const RuleSet>& rules,
               const Policy* policy,
               const PolicyRules::Allowlist* allowlist,
               ScanReport::Format format,
               bool showValues,
               bool allDates,
               std::size_t chunkSize,
               CliIo& io)
{
    auto log = Log::get("cli");
    QElapsedTimer timer;
    timer.start();
    auto report = ScanReport::create(format, io.out, input.name);
    ReportSummary summary;
    summary.input = input.name;
    StreamScanner scanner(rules, chunkSize);
    // The policy's hashed terms, matched in the same windows as the rules; then the dates (Dates.h):
    // those near another personal value (not one the allowlist allows), or with --all-dates every
    // one. They never decide the exit status.
    scanner.setExtra([&rules, policy, allowlist, allDates](std::string_view text,
                                                           std::size_t ownBegin,
                                                           std::size_t ownEnd,
                                                           std::optional<std::string_view> header,
                                                           std::vector<Finding>& out) {
        PolicyRules::streamExtras(*rules, policy, allowlist, allDates, text, ownBegin, ownEnd, header, out);
    });
    const auto sink = [&](const StreamScanner::Located& loc, std::string_view value) {
        if (allowlist != nullptr && allowlist->allows(value)) {
            return; // the organisation's policy says this value is never flagged
        }
        ReportFinding r{loc, qs(Masking::forDisplay(loc.finding.type, value)), {}};
        if (showValues) {
            r.value = qs(value);
        }
        if (Dates::isDate(loc.finding)) {
            ++summary.dates;
        } else {
            ++summary.total;
            ++summary.byCategory[std::string(categoryName(loc.finding.category))];
        }
        report->add(r);
    };

    QByteArray block;
    bool first = true;
    for (;;) {
        block.resize(readBlock);
        const qint64 n = input.device->read(block.data(), readBlock);
        if (n < 0) {
            io.err << ScanCommand::tr("scrim-cli: reading '%1' failed: %2. Nothing was reported for it.")
                          .arg(input.name, input.device->errorString())
                   << "\n";
            return static_cast<int>(ExitCode::Error);
        }
        if (n == 0) {
            break;
        }
        block.resize(n);
        if (first) {
            first = false;
            const void* nul =
                std::memchr(block.constData(), '\0', static_cast<std::size_t>(std::min(n, qint64(binarySniff))));
            if (nul != nullptr) {
                const auto at = static_cast<const char*>(nul) - block.constData();
                io.err << ScanCommand::tr("scrim-cli: '%1' looks binary (a NUL byte at offset %2), so it was not "
                                          "scanned. Scrim scans text; extract the text first.")
                              .arg(input.name)
                              .arg(at)
                       << "\n";
                log->info("skipped binary input ({} bytes read)", n);
                return static_cast<int>(ExitCode::Error);
            }
        }
        auto r = scanner.feed(std::string_view(block.constData(), static_cast<std::size_t>(n)), sink);
        if (!r) {
            io.err << ScanCommand::tr("scrim-cli: scanning '%1' failed: %2")
                          .arg(input.name, Translations::errorMessage(r.error()))
                   << "\n";
            log->error("scan failed: code {}", static_cast<int>(r.error().code));
            return static_cast<int>(ExitCode::Error);
        }
    }
    auto r = scanner.finish(sink);
    if (!r) {
        io.err << ScanCommand::tr("scrim-cli: scanning '%1' failed: %2")
                      .arg(input.name, Translations::errorMessage(r.error()))
               << "\n";
        return static_cast<int>(ExitCode::Error);
    }
    summary.bytes = scanner.bytesSeen();
    summary.invalidUtf8 = scanner.invalidByteCount();
    summary.firstInvalid = scanner.invalidBytes();
    if (summary.invalidUtf8 > 0) {
        const auto& b = summary.firstInvalid.front();
        io.err << ScanCommand::tr("scrim-cli: warning: '%1' has %n byte(s) that are not valid UTF-8, the first at line "
                                  "%2, column %3 (byte offset %4). The valid parts were scanned.",
                                  nullptr,
                                  static_cast<int>(std::min<std::uint64_t>(summary.invalidUtf8, INT32_MAX)))
                      .arg(input.name)
                      .arg(b.line)
                      .arg(b.column)
                      .arg(b.offset)
               << "\n";
    }
    report->finish(summary);
    log->info("scanned {} bytes in {} ms: {} findings, {} invalid UTF-8 bytes",
              summary.bytes,
              timer.elapsed(),
              summary.total,
              summary.invalidUtf8);
    return summary.total > 0 ? static_cast<int>(ExitCode::Findings) : static_cast<int>(ExitCode::Clean);
}

// Benchmark mode: one JSON record per line in, one prediction line out (offsets in code points).
int scanRecords(const QString& inPath,
                const QString& outPath,
                const std::shared_ptr<const RuleSet>& rules,
                const Policy* policy,
                bool allDates,
                CliIo& io)
{
    QFile in(inPath);
    if (!in.open(QIODevice::ReadOnly)) {
        io.err << ScanCommand::tr("scrim-cli: cannot open records file '%1': %2.").arg(inPath, in.errorString())
               << "\n";
        return static_cast<int>(ExitCode::Error);
    }
    QSaveFile outFile;
    QFile stdoutFile;
    QIODevice* out = nullptr;
    if (outPath.isEmpty() || outPath == u"-"_qs) {
        io.out.flush();
        stdoutFile.open(stdout, QIODevice::WriteOnly);
        out = &stdoutFile;
    } else {
        outFile.setFileName(outPath);
        if (!outFile.open(QIODevice::WriteOnly)) {
            io.err << ScanCommand::tr("scrim-cli: cannot write '%1': %2.").arg(outPath, outFile.errorString()) << "\n";
            return static_cast<int>(ExitCode::Error);
        }
        out = &outFile;
    }
    int bad = 0;
    int lineNo = 0;
    int records = 0;
    while (!in.atEnd()) {
        const QByteArray line = in.readLine();
        ++lineNo;
        if (line.trimmed().isEmpty()) {
            continue;
        }
        QJsonParseError perr{};
        const QJsonDocument doc = QJsonDocument::fromJson(line, &perr);
        const bool parsed = perr.error == QJsonParseError::NoError;
        if (!parsed || !doc.isObject() || !doc.object().value(u"id"_qs).isString()
            || !doc.object().value(u"text"_qs).isString()) {
            // The message names the position only, never the record's text.
            if (!parsed) {
                io.err << ScanCommand::tr("scrim-cli: %1:%2: invalid JSON (%3 at column %4); record skipped.")
                              .arg(inPath)
                              .arg(lineNo)
                              .arg(perr.errorString())
                              .arg(perr.offset + 1)
                       << "\n";
            } else {
                io.err << ScanCommand::tr("scrim-cli: %1:%2: a record must be a JSON object with a string \"id\" and "
                                          "a string \"text\"; record skipped.")
                              .arg(inPath)
                              .arg(lineNo)
                       << "\n";
            }
            ++bad;
            continue;
        }
        const QJsonObject rec = doc.object();
        const QByteArray text = rec.value(u"text"_qs).toString().toUtf8();
        auto found = rules->scan(std::string_view(text.constData(), static_cast<std::size_t>(text.size())));
        if (!found) {
            io.err << ScanCommand::tr("scrim-cli: %1:%2: %3")
                          .arg(inPath)
                          .arg(lineNo)
                          .arg(Translations::errorMessage(found.error()))
                   << "\n";
            return static_cast<int>(ExitCode::Error);
        }
        QJsonArray entities;
        std::size_t bytePos = 0;
        std::size_t cpPos = 0;
        const std::string_view tv(text.constData(), static_cast<std::size_t>(text.size()));
        // With a policy: its dictionaries too, and not what its allowlist allows.
        // The dates as the scan report lists them: near a person-linked value, or with --all-dates every one.
        const auto listing = allDates ? PolicyRules::DateListing::All : PolicyRules::DateListing::Companions;
        std::vector<Finding> findings = policy != nullptr
                                            ? PolicyRules::withPolicy(tv, std::move(found.value()), *policy, listing)
                                            : std::move(found.value());
        if (policy == nullptr && allDates) {
            std::vector<Finding> dates;
            Dates::find(tv, 0, tv.size(), dates);
            std::erase_if(findings, Dates::isDate); // the scan's companions, found again with the rest
            Dates::merge(findings, std::move(dates));
        }
        for (const auto& f : findings) {
            // Findings are sorted by start, so code points are counted once, forwards.
            cpPos += Utf8::codePointCount(tv.substr(bytePos, f.start - bytePos));
            bytePos = f.start;
            const std::size_t cpEnd = cpPos + Utf8::codePointCount(tv.substr(f.start, f.length()));
            entities.append(QJsonObject{
                {u"type"_qs, qs(entityTypeName(f.type))},
                {u"start"_qs, static_cast<qint64>(cpPos)},
                {u"end"_qs, static_cast<qint64>(cpEnd)},
                {u"score"_qs, f.score},
                {u"rule"_qs, qs(f.ruleId)},
                {u"test_value"_qs, f.testValue},
            });
        }
        const QJsonObject pred{{u"id"_qs, rec.value(u"id"_qs)}, {u"entities"_qs, entities}};
        QByteArray outLine = QJsonDocument(pred).toJson(QJsonDocument::Compact);
        outLine.append('\n');
        if (out->write(outLine) != outLine.size()) {
            io.err << ScanCommand::tr("scrim-cli: writing predictions failed: %1.").arg(out->errorString()) << "\n";
            return static_cast<int>(ExitCode::Error);
        }
        ++records;
    }
    if (outFile.isOpen() && !outFile.commit()) {
        io.err << ScanCommand::tr("scrim-cli: cannot save '%1': %2.").arg(outPath, outFile.errorString()) << "\n";
        return static_cast<int>(ExitCode::Error);
    }
    if (stdoutFile.isOpen() && !stdoutFile.flush()) {
        io.err << ScanCommand::tr("scrim-cli: writing predictions failed: %1.").arg(stdoutFile.errorString()) << "\n";
        return static_cast<int>(ExitCode::Error);
    }
    Log::get("cli")->info("records mode: {} records, {} malformed", records, bad);
    return bad > 0 ? static_cast<int>(ExitCode::Error) : static_cast<int>(ExitCode::Clean);
}

} // namespace

QString ScanCommand::description() const
{
    return tr("Find sensitive data in a file or standard input");
}

int ScanCommand::execute(const QStringList& arguments, CliIo& io)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(description());
    parser.addHelpOption();
    const QCommandLineOption formatOpt(
        u"format"_qs, tr("Report format: text (default), json or sarif."), tr("FORMAT"), u"text"_qs);
    const QCommandLineOption recordsOpt(u"records"_qs,
                                        tr("Benchmark mode: scan the \"text\" of each JSON line of IN and write one "
                                           "prediction line per record (offsets in code points)."),
                                        tr("IN.jsonl"));
    const QCommandLineOption outputOpt(u"output"_qs,
                                       tr("With --records: write predictions to OUT instead of standard "
                                          "output."),
                                       tr("OUT"));
    const QCommandLineOption showOpt(u"show-values"_qs,
                                     tr("Print the full values found. Off by default: reports show masked values."));
    const QCommandLineOption chunkOpt(
        u"chunk-size"_qs, tr("Bytes scanned per step for long input (default 1048576)."), tr("BYTES"), u"1048576"_qs);
    const QCommandLineOption policyOpt(
        u"policy"_qs,
        tr("Add a policy file's custom rules, dictionaries and allowlist to the built-in rules."),
        tr("FILE"));
    const QCommandLineOption allDatesOpt(
        u"all-dates"_qs,
        tr("List every date, also far from any person-linked value (a de-identification audit). By default a date "
           "is listed only near a name, contact, ID, account number or health data; dates never change the exit "
           "code."));
    parser.addOptions({formatOpt, recordsOpt, outputOpt, showOpt, chunkOpt, policyOpt, allDatesOpt});
    parser.addPositionalArgument(
        tr("FILE"), tr("The file to scan; - or nothing reads standard input."), tr("[FILE|-]"));

    if (!parser.parse(QStringList{u"scrim-cli scan"_qs} + arguments)) {
        io.err << tr("scrim-cli scan: %1 See 'scrim-cli scan --help'.").arg(parser.errorText()) << "\n";
        return static_cast<int>(ExitCode::Error);
    }
    if (parser.isSet(u"help"_qs)) {
        io.out << parser.helpText();
        io.out << tr("\nExit codes: 0 nothing found, 1 findings, 2 error (with --records: 0 done, 2 error).\n");
        return 0;
    }
    const QString fmt = parser.value(formatOpt);
    ScanReport::Format format;
    if (fmt == u"text"_qs) {
        format = ScanReport::Format::Text;
    } else if (fmt == u"json"_qs) {
        format = ScanReport::Format::Json;
    } else if (fmt == u"sarif"_qs) {
        format = ScanReport::Format::Sarif;
    } else {
        io.err << tr("scrim-cli scan: unknown format '%1'; use text, json or sarif.").arg(fmt) << "\n";
        return static_cast<int>(ExitCode::Error);
    }
    bool chunkOk = false;
    const qlonglong chunk = parser.value(chunkOpt).toLongLong(&chunkOk);
    // Each step re-reads the context around it, so tiny steps would make big inputs crawl.
    if (!chunkOk || chunk < 4096 || chunk > (1ll << 30)) {
        io.err << tr("scrim-cli scan: --chunk-size must be a number of bytes between 4096 and 1073741824.") << "\n";
        return static_cast<int>(ExitCode::Error);
    }
    if (parser.isSet(outputOpt) && !parser.isSet(recordsOpt)) {
        io.err << tr("scrim-cli scan: --output goes with --records; for reports, redirect standard output.") << "\n";
        return static_cast<int>(ExitCode::Error);
    }
    const QStringList positional = parser.positionalArguments();
    if (positional.size() > 1) {
        io.err << tr("scrim-cli scan: give one file (or - for standard input), not %1.").arg(positional.size()) << "\n";
        return static_cast<int>(ExitCode::Error);
    }

    // The organisation's policy adds its custom rules and allowlist (docs/admin-guide.md).
    std::optional<Policy> policy;
    if (parser.isSet(policyOpt)) {
        QFile f(parser.value(policyOpt));
        if (!f.open(QIODevice::ReadOnly)) {
            io.err
                << tr("scrim-cli scan: cannot read the policy '%1': %2.").arg(parser.value(policyOpt), f.errorString())
                << "\n";
            return static_cast<int>(ExitCode::Error);
        }
        std::vector<PolicyDiagnostic> diags;
        auto p = Policy::parse(f.readAll().toStdString(), diags);
        if (!p) {
            io.err << tr("scrim-cli scan: the policy '%1' has %n problem(s); 'scrim-cli policy lint %1' lists them.",
                         nullptr,
                         static_cast<int>(diags.size()))
                          .arg(parser.value(policyOpt))
                   << "\n";
            return static_cast<int>(ExitCode::Error);
        }
        policy = std::move(p.value());
    }
    auto rules = policy ? PolicyRules::ruleSet(*policy) : RuleSet::builtin();
    if (!rules) {
        io.err << tr("scrim-cli scan: the rules could not be loaded: %1").arg(Translations::errorMessage(rules.error()))
               << "\n";
        return static_cast<int>(ExitCode::Error);
    }
    if (parser.isSet(recordsOpt)) {
        if (!positional.isEmpty()) {
            io.err << tr("scrim-cli scan: --records reads its own input file; drop '%1'.").arg(positional.front())
                   << "\n";
            return static_cast<int>(ExitCode::Error);
        }
        return scanRecords(parser.value(recordsOpt),
                           parser.value(outputOpt),
                           rules.value(),
                           policy ? &*policy : nullptr,
                           parser.isSet(allDatesOpt),
                           io);
    }
    Input input;
    if (!openInput(positional.value(0), io, input)) {
        return static_cast<int>(ExitCode::Error);
    }
    std::optional<PolicyRules::Allowlist> allowlist;
    if (policy) {
        allowlist.emplace(*policy);
    }
    return scanStream(input,
                      rules.value(),
                      policy ? &*policy : nullptr,
                      allowlist ? &*allowlist : nullptr,
                      format,
                      parser.isSet(showOpt),
                      parser.isSet(allDatesOpt),
                      static_cast<std::size_t>(chunk),
                      io);
}
