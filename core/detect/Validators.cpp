// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/detect/Validators.h"

#include "core/detect/validators/ValidatorFamilies.h"

#include <array>

namespace {

using Family = std::span<const NamedValidator> (*)();
constexpr std::array<Family, 10> families{
    &ValidatorFamilies::contact,
    &ValidatorFamilies::identity,
    &ValidatorFamilies::network,
    &ValidatorFamilies::location,
    &ValidatorFamilies::payment,
    &ValidatorFamilies::secret,
    &ValidatorFamilies::wallet,
    &ValidatorFamilies::person,
    &ValidatorFamilies::confidential,
    &ValidatorFamilies::health,
};

} // namespace

namespace Validators {

ValidatorFn byName(std::string_view name)
{
    for (const Family family : families) {
        for (const auto& v : family()) {
            if (v.name == name) {
                return v.fn;
            }
        }
    }
    return nullptr;
}

std::vector<std::string_view> names()
{
    std::vector<std::string_view> out;
    for (const Family family : families) {
        for (const auto& v : family()) {
            out.push_back(v.name);
        }
    }
    return out;
}

} // namespace Validators
