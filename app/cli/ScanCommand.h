// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/cli/Command.h"

/**
 * `scrim-cli scan [--format text|json|sarif] [--show-values] [FILE|-]` and
 * `scrim-cli scan --records IN.jsonl [--output OUT.jsonl]`.
 * Exit 0 nothing found, 1 findings, 2 error (records mode: 0 done, 2 error).
 */
class ScanCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(ScanCommand)

public:
    QString name() const override { return u"scan"_qs; }
    QString description() const override;
    int execute(const QStringList& arguments, CliIo& io) override;
};
