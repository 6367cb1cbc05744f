"""The only package that imports QtWidgets.

``None``, ``True`` and ``False`` are kept alive by ``import bond`` itself
(:func:`bond.hardening.keep_singletons_alive`), which runs before this package and before the
command-line verbs that use QtCore.
"""
