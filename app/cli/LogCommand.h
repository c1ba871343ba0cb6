// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/cli/Command.h"

/**
 * `scrim-cli log list [--limit N]` and `scrim-cli log verify`: the audit log in the encrypted
 * store. verify exits 0 when the chain is intact, 1 when it is broken (naming the first bad row),
 * 2 on an error.
 */
class LogCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(LogCommand)

public:
    QString name() const override { return u"log"_qs; }
    QString description() const override;
    int execute(const QStringList& arguments, CliIo& io) override;
};
