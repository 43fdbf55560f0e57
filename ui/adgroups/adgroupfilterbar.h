#pragma once

#include <QHash>
#include <QStringList>
#include <QWidget>

class QLabel;
class QLineEdit;
class QToolButton;

namespace pinstripe {

/**
 * Type-to-filter over name and id, one chip per entity status and saved quick filters
 * (a name for a text and a set of statuses, kept in QSettings), with how many of the loaded
 * ad groups the filter lets through ("12 of 49 ad groups").
 */
class AdGroupFilterBar final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AdGroupFilterBar)

public:
    explicit AdGroupFilterBar(QWidget *parent = nullptr);

    QLineEdit *searchField() const { return m_search; }
    QString text() const;
    void setText(const QString &text);
    /** The checked chips, as API statuses (ACTIVE, PAUSED, ARCHIVED, DRAFT). */
    QStringList statuses() const;
    void setStatuses(const QStringList &statuses);
    QToolButton *chip(const QString &status) const { return m_chips.value(status); }

    /** Saves the current text and statuses as quick filter @p name (replacing one of that name). */
    void saveQuickFilter(const QString &name);
    /** Applies a saved quick filter; false if there is none of that name. */
    bool applyQuickFilter(const QString &name);
    void removeQuickFilter(const QString &name);
    QStringList quickFilterNames() const;

    /** Puts the keyboard focus into the search field and selects its text. */
    void focusSearch();

    /** @p shown of @p total loaded ad groups pass the filter. */
    void setMatchCount(int shown, int total);
    QString matchCountText() const;

Q_SIGNALS:
    void textChanged(const QString &text);
    void statusesChanged(const QStringList &statuses);

private:
    void rebuildQuickFilterMenu();
    void askAndSaveQuickFilter();

    QLineEdit *m_search;
    QLabel *m_matchCount;
    QHash<QString, QToolButton *> m_chips;
    QToolButton *m_quickFilters;
};

} // namespace pinstripe
