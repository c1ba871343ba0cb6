// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/SettingsWindow.h"

#include "core/platform/Autostart.h"
#include "ui/TrayController.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QVBoxLayout>

namespace {

const std::array<Operator, 5> kOperators{
    Operator::Token, Operator::Surrogate, Operator::Mask, Operator::Redact, Operator::Hash};

} // namespace

SettingsWindow::SettingsWindow(const QString& path, bool mayChange, const QString& program, QWidget* parent)
    : QWidget(parent)
    , m_path(path)
    , m_program(program)
    , m_settings(UserSettings::load(path))
{
    setWindowTitle(tr("Scrim settings"));
    setWindowIcon(QIcon(u":/icons/scrim.svg"_qs));
    auto* layout = new QVBoxLayout(this);

    auto* ops = new QGroupBox(tr("Replace values with"));
    auto* form = new QFormLayout(ops);
    const auto label = [](Operator op) {
        switch (op) {
        case Operator::Token:
            return tr("tokens such as [EMAIL_1] (restorable)");
        case Operator::Surrogate:
            return tr("realistic stand-ins (restorable)");
        case Operator::Mask:
            return tr("masks such as **** 9855");
        case Operator::Redact:
            return tr("[REDACTED]");
        case Operator::Hash:
            return tr("short hashes");
        }
        return QString();
    };
    for (std::size_t c = 0; c < m_operators.size(); ++c) {
        auto* box = new QComboBox();
        box->addItem(tr("as the policy says"), QString());
        for (const Operator op : kOperators) {
            const std::string_view name = operatorName(op);
            box->addItem(label(op), QString::fromLatin1(name.data(), static_cast<qsizetype>(name.size())));
        }
        if (m_settings.operators[c]) {
            const std::string_view name = operatorName(*m_settings.operators[c]);
            box->setCurrentIndex(box->findData(QString::fromLatin1(name.data(), static_cast<qsizetype>(name.size()))));
        }
        box->setEnabled(mayChange);
        connect(box, &QComboBox::currentIndexChanged, this, [this, c, box] {
            m_settings.operators[c] = operatorFromName(box->currentData().toString().toStdString());
            store();
        });
        m_operators[c] = box;
        QString name = TrayController::categoryLabel(static_cast<Category>(c), 2);
        name.remove(0, name.indexOf(u' ') + 1); // "2 secrets" → "secrets"
        form->addRow(name.left(1).toUpper() + name.mid(1), box);
    }
    layout->addWidget(ops);

    m_notices = new QCheckBox(tr("Show notices for warnings and automatic anonymization (notices that need a decision "
                                 "always show)"));
    m_notices->setChecked(m_settings.notices);
    m_notices->setEnabled(mayChange);
    connect(m_notices, &QCheckBox::toggled, this, [this](bool on) {
        m_settings.notices = on;
        store();
    });
    layout->addWidget(m_notices);
    if (!mayChange) {
        auto* why = new QLabel(tr("Your organisation's configuration does not let users change these settings."));
        why->setWordWrap(true);
        layout->addWidget(why);
    }

    m_autostart = new QCheckBox(tr("Start Scrim when I log in"));
    m_autostart->setChecked(Autostart::isEnabled());
    connect(m_autostart, &QCheckBox::toggled, this, [this](bool on) {
        const QString where = Autostart::setEnabled(on, m_program);
        m_problem->setText(where.isEmpty() ? QString() : tr("%1 cannot be written.").arg(where));
    });
    layout->addWidget(m_autostart);

    auto* langRow = new QFormLayout();
    m_language = new QComboBox();
    m_language->addItem(tr("as the system"), QString());
    m_language->addItem(u"English"_qs, u"en"_qs);
    m_language->addItem(u"Deutsch"_qs, u"de"_qs);
    m_language->addItem(u"Svenska"_qs, u"sv"_qs);
    m_language->addItem(u"Fran\u00e7ais"_qs, u"fr"_qs);
    m_language->setCurrentIndex(std::max(0, m_language->findData(m_settings.language)));
    connect(m_language, &QComboBox::currentIndexChanged, this, [this] {
        m_settings.language = m_language->currentData().toString();
        store();
        m_problem->setText(tr("The language changes at the next start of Scrim."));
    });
    langRow->addRow(tr("Language"), m_language);
    layout->addLayout(langRow);
    m_problem = new QLabel();
    m_problem->setWordWrap(true);
    layout->addWidget(m_problem);
    layout->addStretch(1);
    resize(520, 420);
}

void SettingsWindow::store()
{
    if (!m_settings.save(m_path)) {
        m_problem->setText(tr("%1 cannot be written; the change holds until Scrim ends.").arg(m_path));
    }
    emit changed(m_settings);
}

QString SettingsWindow::problem() const
{
    return m_problem->text();
}
