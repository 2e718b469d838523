"""moment_gui.api"""
