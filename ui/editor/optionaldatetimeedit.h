#pragma once

#include <QWidget>

#include <optional>

class QCheckBox;
class QDateTimeEdit;
class QLabel;

namespace pinstripe {

/**
 * A date-time that may be absent ("no end"): a check box that switches it on and a date-time
 * edit in the local time zone. Values are Unix seconds, as Pinterest stores them.
 */
class OptionalDateTimeEdit final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OptionalDateTimeEdit)

public:
    /** @p checkText labels the switch ("Ends at"); @p absentText says what no value means. */
    OptionalDateTimeEdit(const QString &checkText, const QString &absentText, QWidget *parent = nullptr);

    /** Shows @p seconds, or switches off for nothing. Emits no edited(). */
    void setValue(const std::optional<qint64> &seconds, qint64 fallbackSeconds);
    /** Seconds since the epoch, or nothing when switched off. */
    std::optional<qint64> value() const;
    /** Marks the value as differing between the ad groups edited together. */
    void setMixed(bool mixed);

    QCheckBox *checkBox() const { return m_check; }
    QDateTimeEdit *dateTimeEdit() const { return m_edit; }

Q_SIGNALS:
    /** The person switched or changed the value. */
    void edited();

private:
    void refresh();

    QCheckBox *m_check = nullptr;
    QDateTimeEdit *m_edit = nullptr;
    QLabel *m_note = nullptr;
    QString m_absentText;
    bool m_mixed = false;
    bool m_loading = false;
};

} // namespace pinstripe
