package org.counterclaim.testing.hostile;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The same short statement (an organisation says coalition air strikes on Raqqa killed hundreds of civilians, asks
 * for an independent inquiry, and survivors say no one has contacted them) written in eleven languages, as UTF-8
 * text, and a few of them as HTML, DOCX or in the legacy encodings such files still come in.
 */
public final class Languages {

  /** ISO 639-1 code → the statement in that language. */
  public static final Map<String, String> STATEMENTS = statements();

  private static Map<String, String> statements() {
    Map<String, String> statements = new LinkedHashMap<>();
    statements.put("ar", "قالت المنظمة يوم الثلاثاء إن الغارات الجوية التي شنها التحالف على مدينة الرقة أسفرت عن "
        + "مقتل مئات المدنيين. وطالبت المنظمة بإجراء تحقيق مستقل وشفاف في جميع الحوادث. وقال الناجون إن أحدا من "
        + "التحالف لم يتصل بهم حتى الآن.");
    statements.put("ru", "Организация заявила во вторник, что авиаудары коалиции по городу Ракка унесли жизни сотен "
        + "мирных жителей. Организация призвала провести независимое и прозрачное расследование всех случаев. По "
        + "словам выживших, никто из представителей коалиции до сих пор не связался с ними.");
    statements.put("zh", "该组织周二表示，联军对拉卡市的空袭造成数百名平民死亡。该组织呼吁对所有事件进行独立和透明的调查。"
        + "幸存者说，至今没有任何联军代表与他们联系。");
    statements.put("fr", "L'organisation a déclaré mardi que les frappes aériennes de la coalition sur la ville de "
        + "Raqqa avaient tué des centaines de civils. Elle demande une enquête indépendante et transparente sur tous "
        + "les incidents. Selon les survivants, personne de la coalition ne les a encore contactés.");
    statements.put("es", "La organización afirmó el martes que los ataques aéreos de la coalición contra la ciudad de "
        + "Raqqa causaron la muerte de cientos de civiles. Pidió una investigación independiente y transparente de "
        + "todos los incidentes. Según los supervivientes, nadie de la coalición se ha puesto en contacto con ellos.");
    statements.put("de", "Die Organisation erklärte am Dienstag, die Luftangriffe der Koalition auf die Stadt Rakka "
        + "hätten Hunderte Zivilisten getötet. Sie fordert eine unabhängige und transparente Untersuchung aller "
        + "Vorfälle. Nach Angaben der Überlebenden hat sich bisher niemand von der Koalition bei ihnen gemeldet.");
    statements.put("uk", "Організація заявила у вівторок, що авіаудари коаліції по місту Ракка забрали життя сотень "
        + "цивільних. Організація закликала провести незалежне та прозоре розслідування всіх випадків. За словами "
        + "тих, хто вижив, ніхто з коаліції досі не зв'язався з ними.");
    statements.put("tr", "Örgüt salı günü yaptığı açıklamada, koalisyonun Rakka kentine düzenlediği hava "
        + "saldırılarında yüzlerce sivilin hayatını kaybettiğini söyledi. Örgüt, tüm olayların bağımsız ve şeffaf "
        + "bir şekilde soruşturulmasını istedi. Hayatta kalanlara göre koalisyondan kimse henüz onlarla görüşmedi.");
    statements.put("fa", "این سازمان روز سه‌شنبه اعلام کرد که حملات هوایی ائتلاف به شهر رقه باعث کشته شدن صدها "
        + "غیرنظامی شده است. این سازمان خواستار تحقیقات مستقل و شفاف درباره همه حوادث شد. به گفته بازماندگان، "
        + "هنوز هیچ‌کس از سوی ائتلاف با آنها تماس نگرفته است.");
    statements.put("he", "הארגון מסר ביום שלישי כי התקיפות האוויריות של הקואליציה על העיר א-רקה הרגו מאות "
        + "אזרחים. הארגון קרא לחקירה עצמאית ושקופה של כל האירועים. לדברי הניצולים, איש מהקואליציה עדיין לא יצר "
        + "איתם קשר.");
    statements.put("ja", "同団体は火曜日、有志連合によるラッカ市への空爆で数百人の民間人が死亡したと発表した。"
        + "同団体はすべての事件について独立した透明な調査を求めた。生存者によると、有志連合の関係者からはまだ誰も"
        + "連絡がないという。");
    return Collections.unmodifiableMap(statements);
  }

  /** File name, language, charset: the statements again in encodings older systems wrote. */
  static final String[][] LEGACY = {
      {"ru-windows-1251.txt", "ru", "windows-1251"}, {"ru-koi8-r.txt", "ru", "KOI8-R"},
      {"zh-gb18030.txt", "zh", "GB18030"}, {"ja-shift-jis.txt", "ja", "Shift_JIS"},
      {"ar-windows-1256.txt", "ar", "windows-1256"}, {"fr-iso-8859-1.txt", "fr", "ISO-8859-1"}};

  private Languages() {}

  static void write(CorpusWriter out) throws IOException {
    out.family("languages");
    for (Map.Entry<String, String> statement : STATEMENTS.entrySet()) {
      out.text(statement.getKey() + ".txt", statement.getValue());
    }
    for (String[] legacy : LEGACY) {
      out.text(legacy[0], STATEMENTS.get(legacy[1]), Charset.forName(legacy[2]));
    }
    for (String language : List.of("ar", "fa", "he")) {
      out.text(language + "-rtl.html", "<!DOCTYPE html><html lang=\"" + language + "\" dir=\"rtl\"><head>"
          + "<meta charset=\"utf-8\"><title>" + language + "</title></head><body><p>" + STATEMENTS.get(language)
          + "</p></body></html>");
    }
    for (String language : List.of("zh", "ru", "es")) {
      out.write(language + ".docx", MiniDocx.of(List.of(STATEMENTS.get(language))));
    }
    out.text("mixed-scripts.txt", String.join("\n\n", STATEMENTS.values()), StandardCharsets.UTF_8);
  }
}
