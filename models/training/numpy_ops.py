"""Loaded by ``spacy train --code`` (train.py): the layers it creates multiply matrices with numpy's BLAS, not the
blis wheel, whose build picks its generic kernel on CPUs it does not know (AMD EPYC among them). Measured on two
cores, English config, batches of 1,000 words: 120 steps took 15.7 s instead of 29.9 s. The shipped pipelines run
the same way (`captionscan.extract.pipeline`)."""

from thinc.api import NumpyOps, set_current_ops

set_current_ops(NumpyOps(use_blis=False))
