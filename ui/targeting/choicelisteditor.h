#pragma once

#include "ui/targeting/targetingkeyeditor.h"

#include <QList>

#include <functional>

class QCheckBox;
class QGridLayout;

namespace pinstripe {

/**
 * A list key with a known set of values (GENDER, APPTYPE, LOCALE) as a grid of check boxes,
 * one per value, named for people. Values of a loaded spec that are not in the known set get a
 * check box of their own, so a value Pinterest added later is shown and kept.
 */
class ChoiceListEditor : public TargetingKeyEditor
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ChoiceListEditor)

public:
    using Member = Field<QStringList> TargetingSpec::*;
    using Namer = std::function<QString(const QString &)>;

    /**
     * @p key is the wire key of @p member; @p values the known values in the order shown;
     * @p name gives each value's label; @p columns the width of the grid.
     */
    ChoiceListEditor(QString key, Member member, const QStringList &values, Namer name, int columns,
                     QWidget *parent = nullptr);
    ~ChoiceListEditor() override;

    QStringList keys() const override;
    void load(const TargetingSpec &spec) override;
    void store(TargetingSpec &spec) const override;
    QStringList problems() const override;

    /** The checked values, in the order the check boxes are shown. */
    QStringList checkedValues() const;
    /** Checks exactly @p values (unknown ones get their own check box). */
    void setCheckedValues(const QStringList &values);
    /** The check box of @p value, or nullptr. */
    QCheckBox *checkBox(const QString &value) const;

protected:
    /** Why @p value cannot be sent, or an empty string; the known values are always fine. */
    virtual QString problemWith(const QString &value) const;

private:
    QCheckBox *addCheckBox(const QString &value);

    QString m_key;
    Member m_member;
    Namer m_name;
    int m_columns;
    QGridLayout *m_grid = nullptr;
    QList<QCheckBox *> m_boxes;
    Field<QStringList> m_loaded;
    QStringList m_loadedView;
};

} // namespace pinstripe
