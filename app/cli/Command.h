// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QStringList>
#include <QTextStream>

#include <memory>
#include <string_view>
#include <vector>

class QIODevice;

/** Where a command reads and writes; tests hand in buffers instead of the process's streams. */
struct CliIo
{
    QIODevice* in;
    QTextStream& out;
    QTextStream& err;
};

/** Exit codes shared by every command (scripts depend on them). */
enum class ExitCode
{
    Clean = 0,
    Findings = 1,
    Error = 2,
};

/**
 * One `scrim-cli` subcommand. `execute` gets the arguments after the command's name and returns
 * the process exit code; it reports problems on `io.err` in a sentence that says what to do.
 */
class Command
{
    Q_DECLARE_TR_FUNCTIONS(Command)

public:
    virtual ~Command() = default;
    virtual QString name() const = 0;
    /** One line for `scrim-cli --help`. */
    virtual QString description() const = 0;
    virtual int execute(const QStringList& arguments, CliIo& io) = 0;
};

/** A UTF-8 view from the core as a QString (the one conversion helper of the CLI). */
inline QString qs(std::string_view s)
{
    return QString::fromUtf8(s.data(), static_cast<qsizetype>(s.size()));
}

namespace Commands {
/** Every command, in the order `--help` lists them. */
std::vector<std::unique_ptr<Command>> all();
} // namespace Commands
