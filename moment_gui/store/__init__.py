"""moment_gui.store"""
