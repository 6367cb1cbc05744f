# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'support.ui'
##
## Created by: Qt User Interface Compiler version 6.12.0
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QApplication, QComboBox, QHBoxLayout, QLabel,
    QPushButton, QSizePolicy, QSpacerItem, QTextBrowser,
    QVBoxLayout, QWidget)

class Ui_Support(object):
    def setupUi(self, Support):
        if not Support.objectName():
            Support.setObjectName(u"Support")
        Support.resize(760, 560)
        self.supportLayout = QVBoxLayout(Support)
        self.supportLayout.setObjectName(u"supportLayout")
        self.titleLabel = QLabel(Support)
        self.titleLabel.setObjectName(u"titleLabel")
        self.titleLabel.setProperty(u"role", u"title")
        self.titleLabel.setWordWrap(True)

        self.supportLayout.addWidget(self.titleLabel)

        self.introLabel = QLabel(Support)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setWordWrap(True)

        self.supportLayout.addWidget(self.introLabel)

        self.regionRow = QHBoxLayout()
        self.regionRow.setObjectName(u"regionRow")
        self.regionLabel = QLabel(Support)
        self.regionLabel.setObjectName(u"regionLabel")

        self.regionRow.addWidget(self.regionLabel)

        self.regionCombo = QComboBox(Support)
        self.regionCombo.setObjectName(u"regionCombo")

        self.regionRow.addWidget(self.regionCombo)

        self.regionSpacer = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.regionRow.addItem(self.regionSpacer)


        self.supportLayout.addLayout(self.regionRow)

        self.emergencyLabel = QLabel(Support)
        self.emergencyLabel.setObjectName(u"emergencyLabel")
        self.emergencyLabel.setWordWrap(True)
        self.emergencyLabel.setProperty(u"role", u"emergency")
        self.emergencyLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.supportLayout.addWidget(self.emergencyLabel)

        self.contactsView = QTextBrowser(Support)
        self.contactsView.setObjectName(u"contactsView")
        self.contactsView.setOpenLinks(False)
        self.contactsView.setOpenExternalLinks(False)
        self.contactsView.setTabChangesFocus(True)

        self.supportLayout.addWidget(self.contactsView)

        self.noteLabel = QLabel(Support)
        self.noteLabel.setObjectName(u"noteLabel")
        self.noteLabel.setWordWrap(True)
        self.noteLabel.setProperty(u"role", u"hint")

        self.supportLayout.addWidget(self.noteLabel)

        self.supportButtons = QHBoxLayout()
        self.supportButtons.setObjectName(u"supportButtons")
        self.backButton = QPushButton(Support)
        self.backButton.setObjectName(u"backButton")

        self.supportButtons.addWidget(self.backButton)

        self.supportSpacer = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.supportButtons.addItem(self.supportSpacer)


        self.supportLayout.addLayout(self.supportButtons)

#if QT_CONFIG(shortcut)
        self.regionLabel.setBuddy(self.regionCombo)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(Support)

        QMetaObject.connectSlotsByName(Support)
    # setupUi

    def retranslateUi(self, Support):
        self.titleLabel.setText(QCoreApplication.translate("Support", u"Get support now", None))
        self.introLabel.setText(QCoreApplication.translate("Support", u"You don't have to be in crisis to call. These services listen, in confidence, and can help you think about what to do next.", None))
        self.regionLabel.setText(QCoreApplication.translate("Support", u"&Where are you?", None))
#if QT_CONFIG(accessibility)
        self.regionCombo.setAccessibleName(QCoreApplication.translate("Support", u"Region", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.regionCombo.setAccessibleDescription(QCoreApplication.translate("Support", u"Choose where you are to see the right phone numbers", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.emergencyLabel.setAccessibleName(QCoreApplication.translate("Support", u"Emergency number", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.contactsView.setAccessibleName(QCoreApplication.translate("Support", u"Support services", None))
#endif // QT_CONFIG(accessibility)
        self.noteLabel.setText(QCoreApplication.translate("Support", u"Numbers were checked on the date shown next to each service. Bond is not an emergency service and does not contact anyone for you.", None))
        self.backButton.setText(QCoreApplication.translate("Support", u"&Back", None))
#if QT_CONFIG(accessibility)
        self.backButton.setAccessibleName(QCoreApplication.translate("Support", u"Back", None))
#endif // QT_CONFIG(accessibility)
        pass
    # retranslateUi

