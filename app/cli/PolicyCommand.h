// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/cli/Command.h"

/**
 * `scrim-cli policy lint|keygen|sign|verify|hash-terms|show`: the admin's tools for writing,
 * checking and signing a policy file (docs/admin-guide.md).
 */
class PolicyCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(PolicyCommand)

public:
    QString name() const override { return u"policy"_qs; }
    QString description() const override;
    int execute(const QStringList& arguments, CliIo& io) override;
};
