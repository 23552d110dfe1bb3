using System.Globalization;
var hc = new HijriCalendar(); var jc = new JulianCalendar(); var uq = new UmAlQuraCalendar();
foreach (var line in File.ReadAllLines(args[0])) {
  var p = line.Split(' '); if (p.Length<2) continue;
  if (p[0]=="pair") { int h=int.Parse(p[1]), ce=int.Parse(p[2]);
    var a = hc.ToDateTime(h,1,1,0,0,0,0); var b = hc.ToDateTime(h+1,1,1,0,0,0,0).AddDays(-1);
    // for medieval years express in Julian
    int ay = ce<1583 ? jc.GetYear(a) : a.Year, by = ce<1583 ? jc.GetYear(b) : b.Year;
    Console.WriteLine($"{line} => {ay}-{by} {(ay<=ce && ce<=by)}"); }
  else if (p[0]=="os") { var d = jc.ToDateTime(int.Parse(p[1]),int.Parse(p[2]),int.Parse(p[3]),0,0,0,0); Console.WriteLine($"{line} => {d:yyyy-MM-dd} {d.DayOfWeek}"); }
  else if (p[0]=="hday") { var d = hc.ToDateTime(int.Parse(p[1]),int.Parse(p[2]),int.Parse(p[3]),0,0,0,0);
    string u=""; try { u = uq.ToDateTime(int.Parse(p[1]),int.Parse(p[2]),int.Parse(p[3]),0,0,0,0).ToString("yyyy-MM-dd"); } catch { u="n/a"; }
    Console.WriteLine($"{line} => greg {d:yyyy-MM-dd} julian {jc.GetYear(d)}-{jc.GetMonth(d)}-{jc.GetDayOfMonth(d)} {d.DayOfWeek} uq {u}"); }
  else if (p[0]=="wd") { var d=new DateTime(int.Parse(p[1]),int.Parse(p[2]),int.Parse(p[3])); Console.WriteLine($"{line} => {d.DayOfWeek}"); }
}
