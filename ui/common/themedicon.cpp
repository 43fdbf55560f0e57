#include "ui/common/themedicon.h"

#include <QFile>

namespace pinstripe {

namespace {

QString bundledPath(const QString &name)
{
    return QStringLiteral(":/icons/tango/%1.svg").arg(name);
}

} // namespace

bool hasBundledIcon(const QString &name)
{
    return QFile::exists(bundledPath(name));
}

QIcon themedIcon(const QString &name)
{
    if (QIcon::hasThemeIcon(name))
        return QIcon::fromTheme(name);
    return hasBundledIcon(name) ? QIcon(bundledPath(name)) : QIcon();
}

} // namespace pinstripe
