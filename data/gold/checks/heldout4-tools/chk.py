"""Check helpers attached to cases: each returns (ok, message)."""
import cal
F = {"g": cal.g2j, "j": cal.jul2j, "h": cal.h2j, "uq": cal.uq2j}
def W(c, y, m, d, wd):  return (cal.weekday(F[c](y, m, d)) == wd, f"W {c} {y}-{m}-{d} is {cal.weekday(F[c](y, m, d))}, text {wd}")
def NW(c, y, m, d, wd):
    j = F[c](y, m, d)
    near = {cal.weekday(j + k) for k in (-1, 0, 1)} if c == "h" else {cal.weekday(j)}
    return (wd not in near, f"NW {c} {y}-{m}-{d} is {cal.weekday(j)}, text {wd}")
def P(hy, gy):  return (cal.pair_ok(hy, gy), f"P {hy} AH ~ {cal.greg_years_of_hijri(hy)}, text {gy}")
def NP(hy, gy): return (not cal.pair_ok(hy, gy), f"NP {hy} AH ~ {cal.greg_years_of_hijri(hy)}, text {gy}")
def OS(jy, jm, jd, gy, gm, gd): return (cal.j2g(cal.jul2j(jy, jm, jd)) == (gy, gm, gd), f"OS {jy}-{jm}-{jd} -> {cal.j2g(cal.jul2j(jy, jm, jd))}, text {gy}-{gm}-{gd}")
def NOS(jy, jm, jd, gy, gm, gd): return (cal.j2g(cal.jul2j(jy, jm, jd)) != (gy, gm, gd), f"NOS {jy}-{jm}-{jd} -> {cal.j2g(cal.jul2j(jy, jm, jd))}")
def UQ(hy, hm, hd, gy, gm, gd): return (cal.uq2j(hy, hm, hd) == cal.g2j(gy, gm, gd), f"UQ {hy}-{hm}-{hd} -> {cal.j2g(cal.uq2j(hy, hm, hd))}, text {gy}-{gm}-{gd}")
def NUQ(hy, hm, hd, gy, gm, gd): return (cal.uq2j(hy, hm, hd) != cal.g2j(gy, gm, gd), f"NUQ {hy}-{hm}-{hd} -> {cal.j2g(cal.uq2j(hy, hm, hd))}")
def HG(hy, hm, hd, c, y, m, d):  # tabular Hijri vs Julian/Gregorian full date, within 1 day
    a, b = cal.h2j(hy, hm, hd), F[c](y, m, d); return (abs(a - b) <= 1, f"HG {hy}-{hm}-{hd} -> {c} {cal.j2jul(a) if c=='j' else cal.j2g(a)}")
def NHG(hy, hm, hd, c, y, m, d):
    a, b = cal.h2j(hy, hm, hd), F[c](y, m, d); return (abs(a - b) > 2, f"NHG {hy}-{hm}-{hd} -> {c} {cal.j2jul(a) if c=='j' else cal.j2g(a)}")
def V(c, y, m, d):
    ok = {"g": cal.g_valid, "j": cal.jul_valid, "uq": cal.uq_valid}[c](y, m, d); return (ok, f"V {c} {y}-{m}-{d} valid={ok}")
def NV(c, y, m, d):
    try: ok = {"g": cal.g_valid, "j": cal.jul_valid, "uq": cal.uq_valid}[c](y, m, d)
    except Exception: ok = False
    return (not ok, f"NV {c} {y}-{m}-{d} valid={ok}")
def T(cond, msg): return (bool(cond), msg)
