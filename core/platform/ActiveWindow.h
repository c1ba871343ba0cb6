// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstdint>
#include <memory>
#include <optional>
#include <string>

/** The window that has the keyboard focus, as the window system describes it. */
struct WindowInfo
{
    std::uint64_t id = 0;
    std::string title;     ///< UTF-8 (_NET_WM_NAME, else WM_NAME)
    std::string className; ///< WM_CLASS class part ("firefox", "Google-chrome")
    std::string instance;  ///< WM_CLASS instance part ("Navigator")

    bool operator==(const WindowInfo&) const = default;
};

/**
 * Where the focused window comes from: one implementation per window system, chosen at build time
 * (core/platform/x11 through libxcb; dummy/ elsewhere and for tests). Calls are cheap enough to
 * poll a few times a second. Not thread-safe: use one instance from one thread.
 */
class ActiveWindowSource
{
public:
    virtual ~ActiveWindowSource() = default;

    /** The focused window; nullopt when there is none or it cannot be read right now. */
    virtual std::optional<WindowInfo> activeWindow() = 0;
    /** Empty when the focused window can be known; otherwise why not (English, for the log and, through
     *  tr() at the edge, the user): Wayland, no X display, a window manager without EWMH. */
    virtual std::string unavailableReason() const = 0;

    /**
     * A file descriptor that becomes readable when the focused window or its title may have changed,
     * so the caller reacts at once instead of at its next poll; -1 when there is none (poll only).
     */
    virtual int changeNotifier() { return -1; }
    /** Takes what made the descriptor readable; call before activeWindow(). */
    virtual void drainChanges() {}

    /** The implementation for this platform and session (X11 when $DISPLAY is usable, else one that
     *  reports why not). Never null. */
    static std::unique_ptr<ActiveWindowSource> create();
};

/** A source whose window the caller sets: for tests and for platforms without an implementation. */
class FixedActiveWindow : public ActiveWindowSource
{
public:
    explicit FixedActiveWindow(std::string unavailableReason = {})
        : m_reason(std::move(unavailableReason))
    {}
    std::optional<WindowInfo> activeWindow() override { return m_window; }
    std::string unavailableReason() const override { return m_reason; }
    void set(std::optional<WindowInfo> window) { m_window = std::move(window); }

private:
    std::optional<WindowInfo> m_window;
    std::string m_reason;
};
