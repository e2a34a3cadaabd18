#!/usr/bin/env python3
# vim: set fileencoding=klingon :
x = 1
