#pragma once

#include "ui/editor/fieldproblem.h"

#include "core/model/adgroup.h"

#include <QHash>
#include <QList>
#include <QSet>
#include <QStringList>
#include <QWidget>

#include <optional>
#include <utility>

class QComboBox;
class QLabel;

namespace pinstripe {

/**
 * One part of the ad group form (basics, budget and bid, schedule, …) that owns a few wire
 * fields.
 *
 * load() shows the values of one or more ad groups; a field whose values differ is shown as
 * "mixed". The section remembers which fields the person touched; apply() writes only those
 * (or every field when a new ad group is built from scratch), so an edit of many ad groups
 * changes exactly what was edited and leaves the rest alone. Each field has a message line
 * where showProblems() puts the problems found for it.
 */
class FormSection : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FormSection)

public:
    explicit FormSection(QWidget *parent = nullptr);
    ~FormSection() override;

    /**
     * Shows @p adGroups (empty: a blank new ad group). @p creating: the result is created, so
     * an empty entry leaves the field out instead of clearing it; with a single ad group (or
     * none) every field is written.
     */
    void load(const QList<AdGroup> &adGroups, bool creating);

    /** The wire fields this section owns. */
    virtual QStringList fields() const = 0;
    /** Writes the fields this section changes into @p adGroup. */
    virtual void apply(AdGroup &adGroup) const = 0;
    /** Entries that cannot be read at all (e.g. money that does not parse), by field. */
    virtual QList<FieldProblem> inputProblems() const { return {}; }

    /** Shows each problem of fields() at its field; clears the others. */
    void showProblems(const QList<FieldProblem> &problems);
    /** The messages currently shown, all fields. */
    QStringList shownProblems() const;

    /** True when apply() writes @p field. */
    bool writes(const QString &field) const { return m_writeAll || m_touched.contains(field); }
    QSet<QString> touchedFields() const { return m_touched; }

Q_SIGNALS:
    /** The person changed something. */
    void edited();

protected:
    /** Shows the values; signals fired meanwhile are not counted as edits. */
    virtual void loadValues(const QList<AdGroup> &adGroups) = 0;

    bool isCreating() const { return m_creating; }
    /** True when an existing ad group that is not a DRAFT is edited (see draftOnlyReason()). */
    bool isDraftLocked() const { return m_draftLocked; }
    /** Why DRAFT-only fields are disabled, for their tool tips. */
    QString draftOnlyReason() const;

    /** Marks @p field as edited by the person (ignored while loading) and emits edited(). */
    void touch(const QString &field);
    /** The message line of @p fields (created on first use; add it to the layout). */
    QLabel *problemLabel(const QStringList &fields);

    /** True when the ad groups' JSON for @p field differs. */
    static bool isMixed(const QList<AdGroup> &adGroups, const QString &field);

    /** Writes @p value, or leaves the field out (creating) / clears it (editing) when empty. */
    template<typename T>
    void put(Field<T> &field, const std::optional<T> &value) const
    {
        if (value)
            field = *value;
        else if (m_creating)
            field.clear();
        else
            field.setNull();
    }

    /** Fills @p combo with (wire value, label) pairs; "" as a value means "not set". */
    static void fillCombo(QComboBox *combo, const QList<std::pair<QString, QString>> &items);
    /** Selects @p value (adding an unknown one), or a "(mixed)" entry when @p mixed. */
    static void setComboValue(QComboBox *combo, const Field<QString> &value, bool mixed);
    /** The chosen wire value; nothing for "not set"; @p isMixed tells of the "(mixed)" entry. */
    static std::optional<QString> comboValue(const QComboBox *combo, bool *isMixed = nullptr);

private:
    QHash<QString, QLabel *> m_labels;
    QList<std::pair<QStringList, QLabel *>> m_labelList;
    QSet<QString> m_touched;
    bool m_creating = false;
    bool m_writeAll = false;
    bool m_loading = false;
    bool m_draftLocked = false;
    QString m_lockedStatus;
};

} // namespace pinstripe
