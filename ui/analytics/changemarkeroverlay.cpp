#include "ui/analytics/changemarkeroverlay.h"

#include "ui/changes/changetext.h"

#include <QBrush>
#include <QChart>
#include <QDateTimeAxis>
#include <QFont>
#include <QGraphicsLineItem>
#include <QGraphicsPolygonItem>
#include <QGraphicsSimpleTextItem>
#include <QPen>
#include <QPolygonF>

namespace pinstripe {

namespace {

// Above the series and the grid, so the marker is hovered rather than the line under it.
constexpr qreal kLineZ = 20;
constexpr qreal kHeadZ = 21;
constexpr qreal kHeadWidth = 14;
constexpr qreal kHeadHeight = 11;

} // namespace

ChangeMarkerOverlay::ChangeMarkerOverlay(QChart *chart, QObject *parent)
    : QObject(parent)
    , m_chart(chart)
{
    connect(chart, &QChart::plotAreaChanged, this, &ChangeMarkerOverlay::place);
}

ChangeMarkerOverlay::~ChangeMarkerOverlay()
{
    deleteItems();
}

void ChangeMarkerOverlay::deleteItems()
{
    // The items are the chart's children: when the chart went first, they went with it.
    if (m_chart) {
        for (const Marker &marker : std::as_const(m_markers)) {
            delete marker.head;
            delete marker.line;
            delete marker.count;
        }
    }
    m_markers.clear();
}

void ChangeMarkerOverlay::clear()
{
    deleteItems();
    m_groups.clear();
    m_toolTips.clear();
}

void ChangeMarkerOverlay::setGroups(const QList<ChangeMarkerGroup> &groups, QDateTimeAxis *axis, const Currency &currency,
                                    bool dark)
{
    clear();
    if (!m_chart)
        return;
    m_groups = groups;
    m_axis = axis;
    if (axis)
        connect(axis, &QDateTimeAxis::rangeChanged, this, &ChangeMarkerOverlay::place, Qt::UniqueConnection);
    // An orange that stands apart from the chart themes' line colours on white and on slate.
    const QColor accent = dark ? QColor(0xff, 0xa8, 0x40) : QColor(0xc8, 0x55, 0x00);
    QColor faint = accent;
    faint.setAlpha(150);
    QPen linePen(faint);
    linePen.setStyle(Qt::DashLine);
    linePen.setWidthF(1.0);
    linePen.setCosmetic(true);
    QPen outline(dark ? accent.lighter(130) : accent.darker(130));
    outline.setCosmetic(true);
    QFont font = m_chart->font();
    font.setBold(true);
    font.setPointSizeF(font.pointSizeF() * 0.85);

    const QLocale locale;
    const QPolygonF head({{-kHeadWidth / 2, 0}, {kHeadWidth / 2, 0}, {0, kHeadHeight}});
    for (const ChangeMarkerGroup &group : groups) {
        const QString tip = describe(group, currency, locale);
        Marker marker;
        marker.line = new QGraphicsLineItem(m_chart);
        marker.line->setPen(linePen);
        marker.line->setZValue(kLineZ);
        marker.line->setToolTip(tip);
        marker.head = new QGraphicsPolygonItem(head, m_chart);
        marker.head->setBrush(accent);
        marker.head->setPen(outline);
        marker.head->setZValue(kHeadZ);
        marker.head->setToolTip(tip);
        // Hovered itself, so the line under it does not answer with its own tool tip.
        marker.head->setAcceptHoverEvents(true);
        if (group.entries.size() > 1) {
            marker.count = new QGraphicsSimpleTextItem(locale.toString(group.entries.size()), m_chart);
            marker.count->setFont(font);
            marker.count->setBrush(accent);
            marker.count->setZValue(kHeadZ);
            marker.count->setToolTip(tip);
        }
        m_markers << marker;
        m_toolTips << tip;
    }
    place();
}

void ChangeMarkerOverlay::place()
{
    if (!m_chart)
        return;
    const QRectF plot = m_chart->plotArea();
    const qint64 min = m_axis ? m_axis->min().toMSecsSinceEpoch() : 0;
    const qint64 max = m_axis ? m_axis->max().toMSecsSinceEpoch() : 0;
    for (qsizetype i = 0; i < m_markers.size(); ++i) {
        const Marker &marker = m_markers.at(i);
        const qint64 at = m_groups.at(i).at.toMSecsSinceEpoch();
        const bool shown = m_axis && plot.isValid() && at >= min && at <= max;
        for (QGraphicsItem *item : {static_cast<QGraphicsItem *>(marker.head), static_cast<QGraphicsItem *>(marker.line),
                                    static_cast<QGraphicsItem *>(marker.count)}) {
            if (item)
                item->setVisible(shown);
        }
        if (!shown)
            continue;
        // A range of one instant puts its only bucket in the middle, as the chart does its point.
        const qreal x = max > min ? plot.left() + plot.width() * qreal(at - min) / qreal(max - min) : plot.center().x();
        marker.head->setPos(x, plot.top());
        marker.line->setLine(x, plot.top() + kHeadHeight, x, plot.bottom());
        if (marker.count)
            marker.count->setPos(x + kHeadWidth / 2 + 2, plot.top() - 1);
    }
}

QList<QGraphicsItem *> ChangeMarkerOverlay::markerItems() const
{
    QList<QGraphicsItem *> items;
    for (const Marker &marker : m_markers)
        items << marker.head;
    return items;
}

QString ChangeMarkerOverlay::toolTip(qsizetype index) const
{
    return m_toolTips.value(index);
}

QString ChangeMarkerOverlay::describe(const ChangeMarkerGroup &group, const Currency &currency, const QLocale &locale)
{
    QStringList lines;
    for (const JournalEntry &entry : group.entries) {
        const PendingChange &change = entry.change;
        if (change.kind == PendingChange::Kind::Create) {
            lines << tr("%1: new ad group (%2)").arg(change.adGroupName, ChangeText::after(change, currency, locale));
        } else {
            lines << tr("%1: %2 %3 → %4")
                         .arg(change.adGroupName, ChangeText::fieldName(change.field), ChangeText::before(change, currency, locale),
                              ChangeText::after(change, currency, locale));
        }
        const QString when = locale.toString(entry.postedAt.toLocalTime(), QLocale::ShortFormat);
        lines << (entry.postedBy.isEmpty() ? when : tr("by %1, %2").arg(entry.postedBy, when));
    }
    return lines.join(QLatin1Char('\n'));
}

} // namespace pinstripe
