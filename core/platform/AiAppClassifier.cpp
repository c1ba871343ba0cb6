// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/platform/AiAppClassifier.h"

#include "core/detect/validators/CharClass.h"

AiAppClassifier::AiAppClassifier(const std::vector<PolicyAiApp>& apps)
    : m_apps(apps)
{}

bool AiAppClassifier::containsWords(std::string_view text, std::string_view pattern)
{
    if (pattern.empty() || pattern.size() > text.size()) {
        return false;
    }
    // A letter or digit on either side would make the pattern part of a longer word. Bytes of
    // multi-byte UTF-8 characters count as word bytes, so "ChatGPTé" is not "ChatGPT".
    const auto wordByte = [](unsigned char c) { return CharClass::isAlnum(static_cast<char>(c)) || c >= 0x80; };
    for (std::size_t i = 0; i + pattern.size() <= text.size(); ++i) {
        std::size_t k = 0;
        while (k < pattern.size() && CharClass::toLower(text[i + k]) == CharClass::toLower(pattern[k])) {
            ++k;
        }
        if (k != pattern.size()) {
            continue;
        }
        const bool startOk = i == 0 || !wordByte(static_cast<unsigned char>(pattern.front()))
                             || !wordByte(static_cast<unsigned char>(text[i - 1]));
        const std::size_t after = i + pattern.size();
        const bool endOk = after == text.size() || !wordByte(static_cast<unsigned char>(pattern.back()))
                           || !wordByte(static_cast<unsigned char>(text[after]));
        if (startOk && endOk) {
            return true;
        }
    }
    return false;
}

AiAppClassifier::Result AiAppClassifier::classify(const WindowInfo& window) const
{
    const auto sameWord = [](std::string_view a, std::string_view b) {
        if (a.size() != b.size() || a.empty()) {
            return false;
        }
        for (std::size_t i = 0; i < a.size(); ++i) {
            if (CharClass::toLower(a[i]) != CharClass::toLower(b[i])) {
                return false;
            }
        }
        return true;
    };
    for (const PolicyAiApp& app : m_apps) {
        bool match = false;
        for (const std::string& t : app.windowTitles) {
            match = match || containsWords(window.title, t);
        }
        for (const std::string& h : app.urlHosts) {
            match = match || containsWords(window.title, h);
        }
        for (const std::string& c : app.windowClasses) {
            match = match || sameWord(window.className, c) || sameWord(window.instance, c);
        }
        if (match) {
            return {app.approved ? Destination::ApprovedAi : Destination::UnapprovedAi, app.name};
        }
    }
    return {};
}
