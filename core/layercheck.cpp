// SPDX-License-Identifier: GPL-3.0-or-later
// The main of the layer link checks (see core/CMakeLists.txt): it does nothing; linking it with the whole of
// one layer's archive and only the layers that layer declares is the check.
int main()
{
    return 0;
}
