#pragma once

#include "ui/targeting/targetingkeyeditor.h"

class QComboBox;
class QFrame;
class QLabel;
class QPushButton;

namespace pinstripe {

/**
 * MINIMUM_AGE and MAXIMUM_AGE as two choices ("18"…"65", the maximum also "65+"), sent as the
 * strings Pinterest expects. A spec with the legacy AGE_BUCKET is shown as a read-only note with
 * an action that converts the buckets into the range they span.
 */
class AgeRangeEditor final : public TargetingKeyEditor
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AgeRangeEditor)

public:
    explicit AgeRangeEditor(QWidget *parent = nullptr);
    ~AgeRangeEditor() override;

    QStringList keys() const override;
    void load(const TargetingSpec &spec) override;
    void store(TargetingSpec &spec) const override;
    QStringList problems() const override;

    /** The chosen minimum ("18"…"65") or an empty string for no limit. */
    QString minimumAge() const;
    /** The chosen maximum ("18"…"65", "65+") or an empty string for no limit. */
    QString maximumAge() const;
    /** Chooses both ends; empty strings mean all ages. */
    void setRange(const QString &minimum, const QString &maximum);
    /** The legacy AGE_BUCKET values still in the spec (empty once converted). */
    QStringList legacyBuckets() const { return m_buckets; }
    /** Replaces AGE_BUCKET by the MINIMUM_AGE/MAXIMUM_AGE range the buckets span. */
    void convertLegacyBuckets();

private:
    static void select(QComboBox *combo, const QString &value);
    static QString value(const QComboBox *combo);
    void onMinimumChosen();
    void onMaximumChosen();
    void updateLegacyNote();

    QComboBox *m_minimum = nullptr;
    QComboBox *m_maximum = nullptr;
    QFrame *m_legacy = nullptr;
    QLabel *m_legacyText = nullptr;
    QPushButton *m_convert = nullptr;
    Field<QString> m_loadedMinimum;
    Field<QString> m_loadedMaximum;
    Field<QStringList> m_loadedBuckets;
    QString m_loadedMinimumView;
    QString m_loadedMaximumView;
    QStringList m_buckets;
};

} // namespace pinstripe
