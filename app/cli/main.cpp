// SPDX-License-Identifier: GPL-3.0-or-later
// scrim-cli: every capability of Scrim, scriptable, without a display.
#include "app/cli/Command.h"
#include "core/common/Translations.h"
#include "core/log/Log.h"

#include <QCoreApplication>
#include <QFile>

#include <cstdio>
#include <new>

namespace {

void printUsage(QTextStream& s, const std::vector<std::unique_ptr<Command>>& commands)
{
    s << QCoreApplication::translate("main", "Usage: scrim-cli COMMAND [OPTIONS] [ARGS]") << "\n\n"
      << QCoreApplication::translate("main",
                                     "Scrim finds personal, health and payment data, secrets and confidential "
                                     "text before it reaches an AI chatbot.")
      << "\n\n"
      << QCoreApplication::translate("main", "Commands:") << "\n";
    for (const auto& c : commands) {
        s << "  " << c->name().leftJustified(12) << c->description() << "\n";
    }
    s << "\n"
      << QCoreApplication::translate("main", "Run 'scrim-cli COMMAND --help' for a command's options.") << "\n"
      << QCoreApplication::translate("main",
                                     "Exit codes: 0 done and nothing to report, 1 something to report (scan: "
                                     "findings; restore: unknown tokens or unexpected values), 2 error.")
      << "\n";
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(u"scrim"_qs);
    QCoreApplication::setApplicationVersion(QStringLiteral(SCRIM_VERSION));
    Translations::install(app);
    Log::init("scrim-cli");

    QFile in;
    in.open(stdin, QIODevice::ReadOnly);
    QTextStream out(stdout);
    QTextStream err(stderr);
    CliIo io{&in, out, err};

    const auto commands = Commands::all();
    QStringList args = QCoreApplication::arguments();
    args.removeFirst();
    if (args.isEmpty() || args.front() == u"--help"_qs || args.front() == u"-h"_qs || args.front() == u"help"_qs) {
        if (args.size() >= 2 && args.front() == u"help"_qs) {
            args = {args[1], u"--help"_qs};
        } else {
            printUsage(args.isEmpty() ? err : out, commands);
            return args.isEmpty() ? static_cast<int>(ExitCode::Error) : 0;
        }
    }
    if (args.front() == u"--version"_qs) {
        out << "scrim-cli " << QCoreApplication::applicationVersion() << "\n";
        return 0;
    }
    for (const auto& c : commands) {
        if (c->name() == args.front()) {
            try {
                const int rc = c->execute(args.mid(1), io);
                out.flush();
                if (out.status() != QTextStream::Ok || std::fflush(stdout) != 0 || std::ferror(stdout) != 0) {
                    // A report that did not reach its reader must not look like success.
                    err << QCoreApplication::translate("main",
                                                       "scrim-cli: writing the output failed (disk full or "
                                                       "closed pipe?); the report is incomplete.")
                        << "\n";
                    err.flush();
                    return static_cast<int>(ExitCode::Error);
                }
                err.flush();
                return rc;
            } catch (const std::bad_alloc&) {
                err << QCoreApplication::translate("main",
                                                   "scrim-cli: out of memory; nothing was written. "
                                                   "Scan smaller input or free memory.")
                    << "\n";
                return static_cast<int>(ExitCode::Error);
            }
        }
    }
    err << QCoreApplication::translate("main", "scrim-cli: unknown command '%1'.").arg(args.front()) << "\n\n";
    printUsage(err, commands);
    return static_cast<int>(ExitCode::Error);
}
