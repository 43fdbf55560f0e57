#include "ui/analytics/analyticsexport.h"

#include "ui/common/messagebox.h"

#include <QCoreApplication>
#include <QFileDialog>
#include <QMenu>
#include <QPainter>
#include <QPixmap>
#include <QSaveFile>
#include <QSvgGenerator>
#include <QWidget>

namespace pinstripe {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("pinstripe::AnalyticsExport", text);
}

} // namespace

bool AnalyticsExport::savePng(QWidget *widget, const QString &path, QString *error)
{
    const QPixmap picture = widget->grab();
    if (picture.isNull() || !picture.save(path, "PNG")) {
        if (error)
            *error = tr("Could not write %1.").arg(path);
        return false;
    }
    return true;
}

bool AnalyticsExport::saveSvg(QWidget *widget, const QString &path, const QString &title, QString *error)
{
    QSvgGenerator generator;
    generator.setFileName(path);
    generator.setSize(widget->size());
    generator.setViewBox(QRect(QPoint(0, 0), widget->size()));
    generator.setTitle(title);
    generator.setDescription(tr("Exported from Pinstripe"));
    QPainter painter;
    if (!painter.begin(&generator)) {
        if (error)
            *error = tr("Could not write %1.").arg(path);
        return false;
    }
    widget->render(&painter);
    painter.end();
    return true;
}

bool AnalyticsExport::saveBytes(const QByteArray &bytes, const QString &path, QString *error)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        if (error)
            *error = tr("Could not write %1: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

void AnalyticsExport::addActions(QMenu *menu, QWidget *chart, const QString &title, std::function<QByteArray()> csv)
{
    auto report = [chart](bool ok, const QString &error) {
        if (!ok)
            MessageBox::warning(chart, tr("Export"), error);
    };
    QObject::connect(menu->addAction(tr("Export chart as PNG…")), &QAction::triggered, chart, [chart, report] {
        const QString path = QFileDialog::getSaveFileName(chart, tr("Export chart"), QString(), tr("PNG image (*.png)"));
        QString error;
        if (!path.isEmpty())
            report(savePng(chart, path, &error), error);
    });
    QObject::connect(menu->addAction(tr("Export chart as SVG…")), &QAction::triggered, chart, [chart, title, report] {
        const QString path = QFileDialog::getSaveFileName(chart, tr("Export chart"), QString(), tr("SVG image (*.svg)"));
        QString error;
        if (!path.isEmpty())
            report(saveSvg(chart, path, title, &error), error);
    });
    QObject::connect(menu->addAction(tr("Export data as CSV…")), &QAction::triggered, chart, [chart, csv, report] {
        const QString path = QFileDialog::getSaveFileName(chart, tr("Export data"), QString(), tr("CSV file (*.csv)"));
        QString error;
        if (!path.isEmpty())
            report(saveBytes(csv(), path, &error), error);
    });
}

} // namespace pinstripe
