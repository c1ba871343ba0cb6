// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/platform/ActiveWindow.h"
#include "core/policy/Policy.h"

#include <string>
#include <string_view>
#include <vector>

/**
 * Tells from a window's title and class whether it is an AI tool of the policy's list, and whether
 * the organisation approved it. Pure logic, any thread.
 *
 * A title pattern matches where it appears in the title as whole words, ignoring ASCII case
 * ("ChatGPT" matches "ChatGPT — Mozilla Firefox" and "New chat - ChatGPT", not "ChatGPTools"); a URL
 * host matches the same way (browsers that show the address in the title); a class pattern matches
 * the WM_CLASS class or instance exactly, ignoring ASCII case. The first application of the list
 * that matches wins.
 */
class AiAppClassifier
{
public:
    struct Result
    {
        Destination destination = Destination::Other;
        std::string appName; ///< empty for Other
    };

    explicit AiAppClassifier(const std::vector<PolicyAiApp>& apps);

    Result classify(const WindowInfo& window) const;

    /** True when `pattern` appears in `text` as whole words, ignoring ASCII case. */
    static bool containsWords(std::string_view text, std::string_view pattern);

private:
    std::vector<PolicyAiApp> m_apps;
};
