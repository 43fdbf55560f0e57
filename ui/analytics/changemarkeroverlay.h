#pragma once

#include "core/analytics/changemarkers.h"
#include "core/model/currency.h"

#include <QList>
#include <QLocale>
#include <QObject>
#include <QPointer>

class QChart;
class QDateTimeAxis;
class QGraphicsItem;
class QGraphicsLineItem;
class QGraphicsPolygonItem;
class QGraphicsSimpleTextItem;

namespace pinstripe {

/**
 * Draws posted changes on a performance chart: per ChangeMarkerGroup a small triangle on the
 * top edge of the plot area (with the number of changes when there are several) and a faint
 * dashed line down to the date axis. Hovering the triangle shows what changed, by whom and when.
 *
 * The markers are graphics items of the chart, not series: they stay out of the legend, the
 * series list and every export of numbers, and they follow the plot area and the date axis when
 * either changes.
 */
class ChangeMarkerOverlay final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ChangeMarkerOverlay)

public:
    /** Draws on @p chart (not owned). */
    explicit ChangeMarkerOverlay(QChart *chart, QObject *parent = nullptr);
    ~ChangeMarkerOverlay() override;

    /**
     * Shows @p groups against @p axis, the chart's date axis (replaced on every render), with
     * money in @p currency; @p dark picks colours readable on a dark chart.
     */
    void setGroups(const QList<ChangeMarkerGroup> &groups, QDateTimeAxis *axis, const Currency &currency, bool dark);
    void clear();

    QList<ChangeMarkerGroup> groups() const { return m_groups; }
    /** The hoverable triangle of each group, in the order of groups(). */
    QList<QGraphicsItem *> markerItems() const;
    /** The tool tip of group @p index (what hovering its marker shows). */
    QString toolTip(qsizetype index) const;

    /**
     * The words for @p group: per change "Spring sofas: Budget $50.00 → $60.00" and then
     * "by alice, 12/1/26 2:30 PM" (without "by" when who posted it is not known).
     */
    static QString describe(const ChangeMarkerGroup &group, const Currency &currency, const QLocale &locale = QLocale());

private:
    struct Marker
    {
        QGraphicsPolygonItem *head = nullptr;
        QGraphicsLineItem *line = nullptr;
        QGraphicsSimpleTextItem *count = nullptr;
    };

    void place();
    void deleteItems();

    QPointer<QChart> m_chart;
    QPointer<QDateTimeAxis> m_axis;
    QList<ChangeMarkerGroup> m_groups;
    QList<Marker> m_markers;
    QList<QString> m_toolTips;
};

} // namespace pinstripe
