#pragma once

#include <QByteArray>
#include <QImage>
#include <QString>

#include <functional>

class QMenu;
class QWidget;

namespace pinstripe {

/** What an exported chart says about itself: what it shows, for when and whom, and its file name. */
struct ExportHeading
{
    /** "Ad group performance" */
    QString title;
    /** The date range, metrics and account, one line. */
    QString details;
    /** The suggested file name without extension ("ad-group-performance_2026-11-01_2026-11-30"). */
    QString fileStem;
};

/**
 * Saving what an analytics view shows: the chart as PNG or SVG under a heading (title, date
 * range, account), the data as CSV. The file dialog suggests a name, adds the extension and
 * remembers the folder (SaveFileDialog).
 */
class AnalyticsExport
{
public:
    /** @p widget drawn under @p heading, at the screen's pixel ratio; the heading is also kept as PNG text. */
    static QImage picture(QWidget *widget, const ExportHeading &heading);
    static bool savePng(QWidget *widget, const QString &path, const ExportHeading &heading, QString *error = nullptr);
    /** @p widget under @p heading drawn into a scalable SVG file. */
    static bool saveSvg(QWidget *widget, const QString &path, const ExportHeading &heading, QString *error = nullptr);
    static bool saveBytes(const QByteArray &bytes, const QString &path, QString *error = nullptr);

    /**
     * Adds "Export chart as PNG…", "…SVG…" and "Export data as CSV…" to @p menu; each asks for a
     * file name and saves @p chart under the heading @p heading gives / the bytes @p csv gives
     * at that moment.
     */
    static void addActions(QMenu *menu, QWidget *chart, std::function<ExportHeading()> heading,
                           std::function<QByteArray()> csv);
};

} // namespace pinstripe
