#pragma once

#include <QWidget>

namespace nightshift {

// The heat map's key: a grey swatch for none, then the colour scale from 1 to the largest count shown.
class HeatMapLegend : public QWidget
{
    Q_OBJECT
public:
    explicit HeatMapLegend(QWidget *parent = nullptr);

    void setMaximum(int maximum, const QString &unit); // unit: "workflows running", "workflows scheduled"
    int maximum() const { return m_maximum; }
    QSize sizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    int m_maximum = 0;
    QString m_unit;
};

} // namespace nightshift
