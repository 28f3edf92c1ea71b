"""nltk without the build machine's nltk_data.

The stock hook copies every ``nltk_data`` folder it finds on the build machine into the app. Citebrief
never reads nltk data (Punkt models come from the ``punkt`` package, stop words from sumy), so only the
``VERSION`` file that ``import nltk`` reads is collected.
"""

from PyInstaller.utils.hooks import collect_data_files

datas = collect_data_files("nltk", includes=["VERSION"])
