// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/cli/Command.h"

/** `scrim-cli rules [--format text|json]`: the built-in rules, for admins and documentation. */
class RulesCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(RulesCommand)

public:
    QString name() const override { return u"rules"_qs; }
    QString description() const override;
    int execute(const QStringList& arguments, CliIo& io) override;
};
