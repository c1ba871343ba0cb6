// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/cli/Command.h"

class QCommandLineOption;
class QCommandLineParser;

/**
 * `scrim-cli policy lint|keygen|sign|verify|hash-terms|show|fetch`: the admin's tools for writing,
 * checking and signing a policy file, and fetching a published one the way endpoints will
 * (docs/admin-guide.md). fetch exits 0 accepted, 1 rejected (with the reason code), 2 error.
 */
class PolicyCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(PolicyCommand)

public:
    QString name() const override { return u"policy"_qs; }
    QString description() const override;
    int execute(const QStringList& arguments, CliIo& io) override;

private:
    int fetch(const QCommandLineParser& parser,
              const QCommandLineOption& urlOpt,
              const QCommandLineOption& pubOpt,
              const QCommandLineOption& orgOpt,
              const QCommandLineOption& caOpt,
              const QCommandLineOption& httpOpt,
              CliIo& io);
};
