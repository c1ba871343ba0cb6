// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/detect/BuiltinRules.h"

#include "core/detect/rules/RuleFamilies.h"

namespace BuiltinRules {

std::vector<Rule> all()
{
    std::vector<Rule> rules;
    for (auto family : {&RuleFamilies::contact,
                        &RuleFamilies::identity,
                        &RuleFamilies::network,
                        &RuleFamilies::location,
                        &RuleFamilies::payment,
                        &RuleFamilies::secret,
                        &RuleFamilies::wallet,
                        &RuleFamilies::health,
                        &RuleFamilies::person,
                        &RuleFamilies::confidential}) {
        auto part = family();
        rules.insert(rules.end(), std::make_move_iterator(part.begin()), std::make_move_iterator(part.end()));
    }
    return rules;
}

} // namespace BuiltinRules
