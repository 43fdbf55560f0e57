#include "ui/adgroups/adgroupfilterbar.h"

#include "core/model/enumwords.h"

#include <QAction>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenu>
#include <QSettings>
#include <QToolButton>

namespace pinstripe {

namespace {

const QString kQuickFiltersKey = QStringLiteral("browser/quickFilters");
const QStringList kStatuses = {QStringLiteral("ACTIVE"), QStringLiteral("PAUSED"), QStringLiteral("ARCHIVED"),
                               QStringLiteral("DRAFT")};

QVariantMap loadQuickFilters()
{
    return QSettings().value(kQuickFiltersKey).toMap();
}

} // namespace

AdGroupFilterBar::AdGroupFilterBar(QWidget *parent)
    : QWidget(parent)
    , m_search(new QLineEdit(this))
    , m_matchCount(new QLabel(this))
    , m_quickFilters(new QToolButton(this))
{
    setObjectName(QStringLiteral("adGroupFilterBar"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_search->setObjectName(QStringLiteral("adGroupSearch"));
    m_search->setPlaceholderText(tr("Filter by name or id (Ctrl+F)"));
    m_search->setAccessibleName(tr("Filter ad groups by name or id"));
    m_search->setClearButtonEnabled(true);
    connect(m_search, &QLineEdit::textChanged, this, &AdGroupFilterBar::textChanged);
    layout->addWidget(m_search, 1);
    m_matchCount->setObjectName(QStringLiteral("matchCount"));
    layout->addWidget(m_matchCount);

    for (const QString &status : kStatuses) {
        auto *chip = new QToolButton(this);
        chip->setObjectName(QStringLiteral("chip_") + status);
        chip->setText(enumwords::text(enumwords::Kind::EntityStatus, status));
        chip->setCheckable(true);
        chip->setChecked(status == QLatin1String("ACTIVE") || status == QLatin1String("PAUSED"));
        chip->setAutoRaise(true);
        chip->setToolButtonStyle(Qt::ToolButtonTextOnly);
        chip->setAccessibleName(tr("Show %1 ad groups").arg(enumwords::text(enumwords::Kind::EntityStatus, status).toLower()));
        chip->setToolTip(status == QLatin1String("ARCHIVED") || status == QLatin1String("DRAFT")
                             ? tr("Pinterest lists these only when asked; turning this on fetches them.")
                             : QString());
        connect(chip, &QToolButton::toggled, this, [this] { Q_EMIT statusesChanged(statuses()); });
        m_chips.insert(status, chip);
        layout->addWidget(chip);
    }

    m_quickFilters->setObjectName(QStringLiteral("quickFilters"));
    m_quickFilters->setText(tr("&Quick filters"));
    m_quickFilters->setAccessibleName(tr("Saved quick filters"));
    m_quickFilters->setPopupMode(QToolButton::InstantPopup);
    m_quickFilters->setMenu(new QMenu(m_quickFilters));
    layout->addWidget(m_quickFilters);
    rebuildQuickFilterMenu();
}

QString AdGroupFilterBar::text() const
{
    return m_search->text();
}

void AdGroupFilterBar::setText(const QString &text)
{
    m_search->setText(text);
}

QStringList AdGroupFilterBar::statuses() const
{
    QStringList result;
    for (const QString &status : kStatuses) {
        if (m_chips.value(status)->isChecked())
            result << status;
    }
    return result;
}

void AdGroupFilterBar::setStatuses(const QStringList &statuses)
{
    const QStringList before = this->statuses();
    for (const QString &status : kStatuses) {
        QToolButton *chip = m_chips.value(status);
        const QSignalBlocker blocker(chip);
        chip->setChecked(statuses.contains(status));
    }
    if (this->statuses() != before)
        Q_EMIT statusesChanged(this->statuses());
}

void AdGroupFilterBar::focusSearch()
{
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
}

void AdGroupFilterBar::setMatchCount(int shown, int total)
{
    const QLocale locale;
    if (shown == total)
        m_matchCount->setText(tr("%Ln ad group(s)", nullptr, total));
    else
        m_matchCount->setText(tr("%1 of %Ln ad group(s)", nullptr, total).arg(locale.toString(shown)));
    m_matchCount->setAccessibleName(m_matchCount->text());
}

QString AdGroupFilterBar::matchCountText() const
{
    return m_matchCount->text();
}

QStringList AdGroupFilterBar::quickFilterNames() const
{
    return loadQuickFilters().keys();
}

void AdGroupFilterBar::saveQuickFilter(const QString &name)
{
    if (name.trimmed().isEmpty())
        return;
    QVariantMap filters = loadQuickFilters();
    QVariantMap filter;
    filter.insert(QStringLiteral("text"), text());
    filter.insert(QStringLiteral("statuses"), statuses());
    filters.insert(name.trimmed(), filter);
    QSettings().setValue(kQuickFiltersKey, filters);
    rebuildQuickFilterMenu();
}

bool AdGroupFilterBar::applyQuickFilter(const QString &name)
{
    const QVariantMap filters = loadQuickFilters();
    if (!filters.contains(name))
        return false;
    const QVariantMap filter = filters.value(name).toMap();
    setStatuses(filter.value(QStringLiteral("statuses")).toStringList());
    setText(filter.value(QStringLiteral("text")).toString());
    return true;
}

void AdGroupFilterBar::removeQuickFilter(const QString &name)
{
    QVariantMap filters = loadQuickFilters();
    filters.remove(name);
    QSettings().setValue(kQuickFiltersKey, filters);
    rebuildQuickFilterMenu();
}

void AdGroupFilterBar::askAndSaveQuickFilter()
{
    bool ok = false;
    const QString name = QInputDialog::getText(this, tr("Save Quick Filter"), tr("Name of this filter:"),
                                               QLineEdit::Normal, m_search->text(), &ok);
    if (ok)
        saveQuickFilter(name);
}

void AdGroupFilterBar::rebuildQuickFilterMenu()
{
    QMenu *menu = m_quickFilters->menu();
    menu->clear();
    const QStringList names = quickFilterNames();
    for (const QString &name : names)
        menu->addAction(name, this, [this, name] { applyQuickFilter(name); });
    if (!names.isEmpty())
        menu->addSeparator();
    menu->addAction(tr("&Save Current Filter…"), this, &AdGroupFilterBar::askAndSaveQuickFilter);
    if (!names.isEmpty()) {
        QMenu *remove = menu->addMenu(tr("&Remove"));
        for (const QString &name : names)
            remove->addAction(name, this, [this, name] { removeQuickFilter(name); });
    }
    menu->addAction(tr("&Clear Filter"), this, [this] {
        setText({});
        setStatuses({QStringLiteral("ACTIVE"), QStringLiteral("PAUSED")});
    });
}

} // namespace pinstripe
