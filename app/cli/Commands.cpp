// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/AnonymizeCommand.h"
#include "app/cli/Command.h"
#include "app/cli/LogCommand.h"
#include "app/cli/PolicyCommand.h"
#include "app/cli/RulesCommand.h"
#include "app/cli/ScanCommand.h"

namespace Commands {

std::vector<std::unique_ptr<Command>> all()
{
    std::vector<std::unique_ptr<Command>> list;
    list.push_back(std::make_unique<ScanCommand>());
    list.push_back(std::make_unique<AnonymizeCommand>());
    list.push_back(std::make_unique<RestoreCommand>());
    list.push_back(std::make_unique<SessionCommand>());
    list.push_back(std::make_unique<RulesCommand>());
    list.push_back(std::make_unique<LogCommand>());
    list.push_back(std::make_unique<PolicyCommand>());
    return list;
}

} // namespace Commands
