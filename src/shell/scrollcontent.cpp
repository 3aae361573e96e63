#include "scrollcontent.h"

#include <QScrollArea>
#include <QVBoxLayout>

namespace app {

QWidget *scrollContent(QWidget *page)
{
    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *area = new QScrollArea(page);
    area->setObjectName(QStringLiteral("pageScrollArea"));
    area->setFrameShape(QFrame::NoFrame);
    // The first control of the page takes the focus, not the area around it.
    area->setFocusPolicy(Qt::NoFocus);
    area->setWidgetResizable(true);
    area->setHorizontalScrollBarPolicy(Qt::ScrollBarAsNeeded);
    auto *content = new QWidget(area);
    area->setWidget(content);
    layout->addWidget(area);
    return content;
}

} // namespace app
