#pragma once

#include <QLayout>
#include <QList>
#include <QStyle>

namespace pinstripe {

/**
 * Lays its items out left to right and wraps to a new line when the next one does not fit, like
 * words in a paragraph: a row of fields that reads as one line in a wide dock and as several in a
 * narrow one, instead of being cut off or scrolled sideways. Items keep their size hints; the
 * layout's height follows its width (heightForWidth).
 */
class FlowLayout final : public QLayout
{
public:
    explicit FlowLayout(QWidget *parent = nullptr);
    ~FlowLayout() override;
    Q_DISABLE_COPY_MOVE(FlowLayout)

    /** Adds a group of widgets that stays together on one line (a label and its field). */
    void addGroup(const QList<QWidget *> &widgets);

    void addItem(QLayoutItem *item) override;
    int count() const override;
    QLayoutItem *itemAt(int index) const override;
    QLayoutItem *takeAt(int index) override;
    Qt::Orientations expandingDirections() const override;
    bool hasHeightForWidth() const override;
    int heightForWidth(int width) const override;
    QSize minimumSize() const override;
    QSize sizeHint() const override;
    void setGeometry(const QRect &rect) override;

private:
    /** Places the items in @p rect (or only measures, when @p measureOnly); returns the height used. */
    int arrange(const QRect &rect, bool measureOnly) const;
    int gap(QStyle::PixelMetric metric) const;

    QList<QLayoutItem *> m_items;
};

} // namespace pinstripe
