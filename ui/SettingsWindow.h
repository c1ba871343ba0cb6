// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/policy/UserSettings.h"

#include <QWidget>

#include <array>

Q_DECLARE_METATYPE(UserSettings)

class QCheckBox;
class QComboBox;
class QLabel;

/**
 * Settings: the anonymize operator per category (where the managed configuration lets users
 * change settings), notices on or off, start at login, language. Every change is saved at once to
 * `path` and announced with changed(). GUI thread.
 */
class SettingsWindow : public QWidget
{
    Q_OBJECT

public:
    /** `mayChange`: false when the managed configuration says users may not change settings; then the
     *  operators and notices are shown read-only with the reason. `program`: what start at login runs. */
    SettingsWindow(const QString& path, bool mayChange, const QString& program, QWidget* parent = nullptr);

    const UserSettings& settings() const { return m_settings; }
    QComboBox* operatorBox(Category category) const { return m_operators[static_cast<std::size_t>(category)]; }
    QCheckBox* noticesBox() const { return m_notices; }
    QCheckBox* autostartBox() const { return m_autostart; }
    QComboBox* languageBox() const { return m_language; }
    /** The last problem saving, or an empty string. */
    QString problem() const;

signals:
    void changed(const UserSettings& settings);

private:
    void store();

    QString m_path;
    QString m_program;
    UserSettings m_settings;
    std::array<QComboBox*, 6> m_operators{};
    QCheckBox* m_notices = nullptr;
    QCheckBox* m_autostart = nullptr;
    QComboBox* m_language = nullptr;
    QLabel* m_problem = nullptr;
};
