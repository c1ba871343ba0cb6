// SPDX-License-Identifier: GPL-3.0-or-later
// The focused window on X11, read through libxcb from the EWMH properties a window manager
// maintains: _NET_ACTIVE_WINDOW on the root window, then the window's _NET_WM_NAME (UTF-8; WM_NAME
// as the fallback) and WM_CLASS. Each call is three or four round trips on an own connection.
#include "core/platform/ActiveWindow.h"

#include <cstdlib>
#include <cstring>
#include <string_view>
#include <xcb/xcb.h>

namespace {

class X11ActiveWindow : public ActiveWindowSource
{
public:
    X11ActiveWindow()
    {
        int screen = 0;
        m_conn = xcb_connect(nullptr, &screen);
        if (m_conn == nullptr || xcb_connection_has_error(m_conn) != 0) {
            m_reason = "the X display cannot be opened, so Scrim cannot tell which window has the focus";
            return;
        }
        xcb_screen_iterator_t it = xcb_setup_roots_iterator(xcb_get_setup(m_conn));
        for (int i = 0; i < screen && it.rem > 0; ++i) {
            xcb_screen_next(&it);
        }
        if (it.rem == 0) {
            m_reason = "the X display has no screen";
            return;
        }
        m_root = it.data->root;
        m_activeAtom = atom("_NET_ACTIVE_WINDOW");
        m_nameAtom = atom("_NET_WM_NAME");
        m_utf8Atom = atom("UTF8_STRING");
        // The window manager changes _NET_ACTIVE_WINDOW on the root window: ask to hear about it.
        watch(m_root, true);
    }

    ~X11ActiveWindow() override
    {
        if (m_conn != nullptr) {
            xcb_disconnect(m_conn);
        }
    }

    X11ActiveWindow(const X11ActiveWindow&) = delete;
    X11ActiveWindow& operator=(const X11ActiveWindow&) = delete;

    std::optional<WindowInfo> activeWindow() override
    {
        if (!m_reason.empty() || xcb_connection_has_error(m_conn) != 0) {
            return std::nullopt;
        }
        const std::string active = property(m_root, m_activeAtom, XCB_ATOM_WINDOW, 4);
        if (active.size() < 4) {
            return std::nullopt; // no window manager that follows EWMH, or nothing focused
        }
        xcb_window_t window = 0;
        std::memcpy(&window, active.data(), sizeof window);
        if (window == XCB_WINDOW_NONE) {
            return std::nullopt;
        }
        if (window != m_watched) {
            // A browser's title changes with its tab: hear about the focused window's title too.
            if (m_watched != XCB_WINDOW_NONE) {
                watch(m_watched, false);
            }
            watch(window, true);
            m_watched = window;
        }
        WindowInfo info;
        info.id = window;
        info.title = property(window, m_nameAtom, m_utf8Atom, 4096);
        if (info.title.empty()) {
            // WM_NAME is STRING (Latin-1), or COMPOUND_TEXT from older toolkits; of the latter only
            // the ASCII survives here, which is what the AI tools' names are written in.
            xcb_atom_t type = XCB_ATOM_NONE;
            const std::string raw = property(window, XCB_ATOM_WM_NAME, XCB_GET_PROPERTY_TYPE_ANY, 4096, &type);
            info.title = type == XCB_ATOM_STRING ? latin1ToUtf8(raw) : type == m_utf8Atom ? raw : asciiOnly(raw);
        }
        // WM_CLASS: "instance\0class\0".
        const std::string wmClass = property(window, XCB_ATOM_WM_CLASS, XCB_ATOM_STRING, 1024);
        const std::size_t nul = wmClass.find('\0');
        info.instance = wmClass.substr(0, nul);
        if (nul != std::string::npos) {
            const std::string rest = wmClass.substr(nul + 1);
            info.className = rest.substr(0, rest.find('\0'));
        }
        return info;
    }

    std::string unavailableReason() const override { return m_reason; }

    int changeNotifier() override
    {
        return m_reason.empty() && xcb_connection_has_error(m_conn) == 0 ? xcb_get_file_descriptor(m_conn) : -1;
    }

    void drainChanges() override
    {
        // Only property changes are selected; which one does not matter, activeWindow() reads afresh.
        while (xcb_generic_event_t* e = xcb_poll_for_event(m_conn)) {
            std::free(e);
        }
    }

private:
    // Property change events of `window` (the root, and the focused window for its title) on or off.
    void watch(xcb_window_t window, bool on)
    {
        const std::uint32_t mask = on ? XCB_EVENT_MASK_PROPERTY_CHANGE : XCB_EVENT_MASK_NO_EVENT;
        xcb_change_window_attributes(m_conn, window, XCB_CW_EVENT_MASK, &mask);
        xcb_flush(m_conn);
    }

    xcb_atom_t atom(const char* name)
    {
        xcb_intern_atom_reply_t* reply = xcb_intern_atom_reply(
            m_conn, xcb_intern_atom(m_conn, 0, static_cast<std::uint16_t>(std::strlen(name)), name), nullptr);
        if (reply == nullptr) {
            return XCB_ATOM_NONE;
        }
        const xcb_atom_t a = reply->atom;
        std::free(reply);
        return a;
    }

    // The property's bytes (at most `maxBytes`), empty when it is missing or of another type
    // (XCB_GET_PROPERTY_TYPE_ANY: any type, written to `gotType`).
    std::string property(
        xcb_window_t window, xcb_atom_t prop, xcb_atom_t type, std::uint32_t maxBytes, xcb_atom_t* gotType = nullptr)
    {
        if (prop == XCB_ATOM_NONE) {
            return {};
        }
        xcb_get_property_reply_t* reply =
            xcb_get_property_reply(m_conn, xcb_get_property(m_conn, 0, window, prop, type, 0, maxBytes / 4), nullptr);
        if (reply == nullptr) {
            return {};
        }
        std::string value;
        if (gotType != nullptr) {
            *gotType = reply->type;
        }
        if (reply->type == type || (type == XCB_GET_PROPERTY_TYPE_ANY && reply->type != XCB_ATOM_NONE)) {
            const int len = xcb_get_property_value_length(reply);
            if (len > 0) {
                value.assign(static_cast<const char*>(xcb_get_property_value(reply)), static_cast<std::size_t>(len));
            }
        }
        std::free(reply);
        return value;
    }

    // Printable ASCII kept, escape sequences and other bytes as spaces.
    static std::string asciiOnly(std::string_view s)
    {
        std::string out;
        out.reserve(s.size());
        for (std::size_t i = 0; i < s.size(); ++i) {
            const auto c = static_cast<unsigned char>(s[i]);
            if (c == 0x1B) { // ESC: skip the sequence up to its final byte (0x40..0x7E)
                while (
                    i + 1 < s.size()
                    && (static_cast<unsigned char>(s[i + 1]) < 0x40 || static_cast<unsigned char>(s[i + 1]) > 0x7E)) {
                    ++i;
                }
                ++i;
                out += ' ';
            } else {
                out += c >= 0x20 && c < 0x7F ? static_cast<char>(c) : ' ';
            }
        }
        return out;
    }

    static std::string latin1ToUtf8(std::string_view s)
    {
        std::string out;
        out.reserve(s.size());
        for (const char ch : s) {
            const auto c = static_cast<unsigned char>(ch);
            if (c < 0x80) {
                out += static_cast<char>(c);
            } else {
                out += static_cast<char>(0xC0 | (c >> 6));
                out += static_cast<char>(0x80 | (c & 0x3F));
            }
        }
        return out;
    }

    xcb_connection_t* m_conn = nullptr;
    xcb_window_t m_root = 0;
    xcb_atom_t m_activeAtom = XCB_ATOM_NONE;
    xcb_atom_t m_nameAtom = XCB_ATOM_NONE;
    xcb_atom_t m_utf8Atom = XCB_ATOM_NONE;
    xcb_window_t m_watched = XCB_WINDOW_NONE;
    std::string m_reason;
};

} // namespace

std::unique_ptr<ActiveWindowSource> ActiveWindowSource::create()
{
    const char* session = std::getenv("XDG_SESSION_TYPE");
    const char* display = std::getenv("DISPLAY");
    if (session != nullptr && std::string_view(session) == "wayland") {
        // XWayland would answer, but only about X11 windows: a native Wayland browser would look
        // like "nothing focused". Saying so is better than guessing.
        return std::make_unique<FixedActiveWindow>("on Wayland an application cannot see which window has the focus");
    }
    if (display == nullptr || *display == '\0') {
        return std::make_unique<FixedActiveWindow>("no X display (DISPLAY is unset)");
    }
    return std::make_unique<X11ActiveWindow>();
}
