// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/cli/Command.h"

/**
 * `scrim-cli anonymize [--session NAME] [--operator OP] [--json [--show-values]] [FILE|-]`: prints
 * the text with every sensitive value replaced, keeps what restore needs in the session's vault,
 * and records an anonymized_copy event (metadata only). Exit 0 done, 2 error.
 */
class AnonymizeCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(AnonymizeCommand)

public:
    QString name() const override { return u"anonymize"_qs; }
    QString description() const override;
    int execute(const QStringList& arguments, CliIo& io) override;
};

/**
 * `scrim-cli restore [--session NAME] [--json] [FILE|-]`: puts the session's originals back into an
 * AI's answer and reports unknown or expired tokens and sensitive values that did not come from
 * the session. Exit 0 restored with nothing to report, 1 restored with something to report, 2 error.
 */
class RestoreCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(RestoreCommand)

public:
    QString name() const override { return u"restore"_qs; }
    QString description() const override;
    int execute(const QStringList& arguments, CliIo& io) override;
};

/** `scrim-cli session list [--json]` and `scrim-cli session forget NAME|--all`. */
class SessionCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(SessionCommand)

public:
    QString name() const override { return u"session"_qs; }
    QString description() const override;
    int execute(const QStringList& arguments, CliIo& io) override;
};
