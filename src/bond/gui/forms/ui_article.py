# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'article.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import QCoreApplication, QMetaObject
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QSizePolicy, QSpacerItem, QTextBrowser, QVBoxLayout

from bond.gui.widgets.accessible_role import AccessibleGroup

class Ui_ArticleView(object):
    def setupUi(self, ArticleView):
        if not ArticleView.objectName():
            ArticleView.setObjectName(u"ArticleView")
        ArticleView.resize(900, 600)
        self.articleLayout = QVBoxLayout(ArticleView)
        self.articleLayout.setObjectName(u"articleLayout")
        self.toolRow = QHBoxLayout()
        self.toolRow.setObjectName(u"toolRow")
        self.backButton = QPushButton(ArticleView)
        self.backButton.setObjectName(u"backButton")

        self.toolRow.addWidget(self.backButton)

        self.metaLabel = QLabel(ArticleView)
        self.metaLabel.setObjectName(u"metaLabel")
        self.metaLabel.setProperty(u"role", u"hint")

        self.toolRow.addWidget(self.metaLabel)

        self.toolSpacer = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.toolRow.addItem(self.toolSpacer)

        self.bookmarkButton = QPushButton(ArticleView)
        self.bookmarkButton.setObjectName(u"bookmarkButton")
        self.bookmarkButton.setCheckable(True)

        self.toolRow.addWidget(self.bookmarkButton)

        self.pdfButton = QPushButton(ArticleView)
        self.pdfButton.setObjectName(u"pdfButton")

        self.toolRow.addWidget(self.pdfButton)

        self.printButton = QPushButton(ArticleView)
        self.printButton.setObjectName(u"printButton")

        self.toolRow.addWidget(self.printButton)


        self.articleLayout.addLayout(self.toolRow)

        self.notePanel = AccessibleGroup(ArticleView)
        self.notePanel.setObjectName(u"notePanel")
        self.noteLayout = QVBoxLayout(self.notePanel)
        self.noteLayout.setObjectName(u"noteLayout")
        self.noteLabel = QLabel(self.notePanel)
        self.noteLabel.setObjectName(u"noteLabel")
        self.noteLabel.setWordWrap(True)
        self.noteLabel.setProperty(u"role", u"note")

        self.noteLayout.addWidget(self.noteLabel)

        self.noteButtons = QHBoxLayout()
        self.noteButtons.setObjectName(u"noteButtons")
        self.readNowButton = QPushButton(self.notePanel)
        self.readNowButton.setObjectName(u"readNowButton")

        self.noteButtons.addWidget(self.readNowButton)

        self.notNowButton = QPushButton(self.notePanel)
        self.notNowButton.setObjectName(u"notNowButton")

        self.noteButtons.addWidget(self.notNowButton)

        self.noteSpacer = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.noteButtons.addItem(self.noteSpacer)


        self.noteLayout.addLayout(self.noteButtons)

        self.noteBottomSpacer = QSpacerItem(20, 40, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.noteLayout.addItem(self.noteBottomSpacer)


        self.articleLayout.addWidget(self.notePanel)

        self.textView = QTextBrowser(ArticleView)
        self.textView.setObjectName(u"textView")
        self.textView.setOpenLinks(False)
        self.textView.setOpenExternalLinks(False)

        self.articleLayout.addWidget(self.textView)

        self.articleLayout.setStretch(2, 1)

        self.retranslateUi(ArticleView)

        QMetaObject.connectSlotsByName(ArticleView)
    # setupUi

    def retranslateUi(self, ArticleView):
        self.backButton.setText(QCoreApplication.translate("ArticleView", u"&Back", None))
#if QT_CONFIG(accessibility)
        self.backButton.setAccessibleName(QCoreApplication.translate("ArticleView", u"Back", None))
#endif // QT_CONFIG(accessibility)
        self.bookmarkButton.setText(QCoreApplication.translate("ArticleView", u"Bookmar&k", None))
#if QT_CONFIG(accessibility)
        self.bookmarkButton.setAccessibleName(QCoreApplication.translate("ArticleView", u"Bookmark this article", None))
#endif // QT_CONFIG(accessibility)
        self.pdfButton.setText(QCoreApplication.translate("ArticleView", u"&Save as PDF\u2026", None))
#if QT_CONFIG(accessibility)
        self.pdfButton.setAccessibleName(QCoreApplication.translate("ArticleView", u"Save the article as a PDF file", None))
#endif // QT_CONFIG(accessibility)
        self.printButton.setText(QCoreApplication.translate("ArticleView", u"P&rint\u2026", None))
#if QT_CONFIG(accessibility)
        self.printButton.setAccessibleName(QCoreApplication.translate("ArticleView", u"Print the article", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.noteLabel.setAccessibleName(QCoreApplication.translate("ArticleView", u"Content note", None))
#endif // QT_CONFIG(accessibility)
        self.readNowButton.setText(QCoreApplication.translate("ArticleView", u"Read it &now", None))
#if QT_CONFIG(accessibility)
        self.readNowButton.setAccessibleName(QCoreApplication.translate("ArticleView", u"Read it now", None))
#endif // QT_CONFIG(accessibility)
        self.notNowButton.setText(QCoreApplication.translate("ArticleView", u"No&t now", None))
#if QT_CONFIG(accessibility)
        self.notNowButton.setAccessibleName(QCoreApplication.translate("ArticleView", u"Not now, back to the library", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.textView.setAccessibleName(QCoreApplication.translate("ArticleView", u"Article", None))
#endif // QT_CONFIG(accessibility)
        pass
    # retranslateUi

