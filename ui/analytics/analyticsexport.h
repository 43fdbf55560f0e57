#pragma once

#include <QByteArray>
#include <QString>

#include <functional>

class QMenu;
class QWidget;

namespace pinstripe {

/** Saving what an analytics view shows: the chart as PNG or SVG, the data as CSV. */
class AnalyticsExport
{
public:
    /** @p widget as a PNG picture (what is on screen, at the screen's pixel ratio). */
    static bool savePng(QWidget *widget, const QString &path, QString *error = nullptr);
    /** @p widget drawn into a scalable SVG file. */
    static bool saveSvg(QWidget *widget, const QString &path, const QString &title, QString *error = nullptr);
    static bool saveBytes(const QByteArray &bytes, const QString &path, QString *error = nullptr);

    /**
     * Adds "Export chart as PNG…", "…SVG…" and "Export data as CSV…" to @p menu; each asks for a
     * file name and saves @p chart / the bytes @p csv gives at that moment.
     */
    static void addActions(QMenu *menu, QWidget *chart, const QString &title, std::function<QByteArray()> csv);
};

} // namespace pinstripe
