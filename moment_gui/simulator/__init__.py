"""moment_gui.simulator"""
