package org.govscore.render;

import freemarker.cache.ClassTemplateLoader;
import freemarker.cache.FileTemplateLoader;
import freemarker.cache.MultiTemplateLoader;
import freemarker.cache.TemplateLoader;
import freemarker.core.HTMLOutputFormat;
import freemarker.template.Configuration;
import freemarker.template.DefaultObjectWrapperBuilder;
import freemarker.template.Template;
import freemarker.template.TemplateException;
import freemarker.template.TemplateExceptionHandler;
import freemarker.template.TemplateMethodModelEx;
import freemarker.template.TemplateModel;
import freemarker.template.TemplateModelException;
import freemarker.template.utility.DeepUnwrap;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.MissingResourceException;
import java.util.TimeZone;
import java.util.function.Function;
import org.govscore.methodology.MethodologyRegistry;
import org.govscore.render.text.Formats;
import org.govscore.render.text.Messages;

/**
 * FreeMarker set up once per language: templates from {@code report-templates/} on the classpath
 * (or first from a folder given by {@value #FOLDER_PROPERTY}, to edit them without rebuilding),
 * {@code .ftlh} files in the HTML output format with auto-escaping on, records exposed by their
 * component names, and {@code msg(key, args...)} for the language's texts. Any template error fails
 * the render: a half-written page is worse than none.
 */
public final class Templates {
  public static final String CLASSPATH_ROOT = "/report-templates";
  public static final String FOLDER_PROPERTY = "govscore.templates";

  private final Configuration cfg;

  public Templates(Messages messages, Formats formats) {
    cfg = new Configuration(Configuration.VERSION_2_3_34);
    cfg.setTemplateLoader(loader());
    cfg.setRecognizeStandardFileExtensions(true);
    cfg.setOutputFormat(HTMLOutputFormat.INSTANCE);
    cfg.setAutoEscapingPolicy(Configuration.ENABLE_IF_SUPPORTED_AUTO_ESCAPING_POLICY);
    cfg.setDefaultEncoding("UTF-8");
    cfg.setOutputEncoding("UTF-8");
    cfg.setLocale(messages.locale());
    cfg.setTimeZone(TimeZone.getTimeZone(formats.zone()));
    // Numbers reach templates pre-formatted; any raw number printed by mistake stays unambiguous.
    cfg.setNumberFormat("computer");
    cfg.setTemplateExceptionHandler(TemplateExceptionHandler.RETHROW_HANDLER);
    cfg.setLogTemplateExceptions(false);
    cfg.setWrapUncheckedExceptions(true);
    cfg.setFallbackOnNullLoopVariable(false);
    cfg.setAPIBuiltinEnabled(false);
    cfg.setObjectWrapper(new DefaultObjectWrapperBuilder(Configuration.VERSION_2_3_34).build());
    cfg.setSharedVariable("msg", new MessageMethod(messages));
    indicatorNames(
        id -> MethodologyRegistry.findIndicator(id).map(i -> messages.text(i.name())).orElse(id));
  }

  private static TemplateLoader loader() {
    List<TemplateLoader> loaders = new ArrayList<>();
    String folder = System.getProperty(FOLDER_PROPERTY);
    if (folder != null && !folder.isBlank() && Files.isDirectory(Path.of(folder))) {
      try {
        loaders.add(new FileTemplateLoader(Path.of(folder).toFile()));
      } catch (IOException e) {
        throw new IllegalStateException("Cannot read templates from " + folder, e);
      }
    }
    loaders.add(new ClassTemplateLoader(Templates.class, CLASSPATH_ROOT));
    return new MultiTemplateLoader(loaders.toArray(TemplateLoader[]::new));
  }

  /** Renders {@code name} (e.g. {@code report/index.ftlh}) with a typed model as its root. */
  public String render(String name, Object model) throws IOException {
    Template t = cfg.getTemplate(name);
    StringWriter out = new StringWriter();
    try {
      t.process(model, out);
    } catch (TemplateException e) {
      throw new IOException("Template " + name + " failed: " + e.getMessageWithoutStackTop(), e);
    }
    return out.toString();
  }

  /**
   * {@code indicatorName(id)} in templates: an indicator's name in this language, also for
   * indicators measured outside the logs, whose names come from the run rather than the messages.
   */
  public Templates indicatorNames(Function<String, String> names) {
    cfg.setSharedVariable(
        "indicatorName",
        (TemplateMethodModelEx)
            arguments -> {
              if (arguments.size() != 1) {
                throw new TemplateModelException("indicatorName needs one id");
              }
              return names.apply(
                  String.valueOf(DeepUnwrap.unwrap((TemplateModel) arguments.get(0))));
            });
    return this;
  }

  /** {@code msg("key", arg...)}: the language's text, arguments formatted by MessageFormat. */
  static final class MessageMethod implements TemplateMethodModelEx {
    private final Messages messages;

    MessageMethod(Messages messages) {
      this.messages = messages;
    }

    @Override
    public Object exec(@SuppressWarnings("rawtypes") List arguments) throws TemplateModelException {
      if (arguments.isEmpty()) {
        throw new TemplateModelException("msg needs a key");
      }
      String key = String.valueOf(DeepUnwrap.unwrap((TemplateModel) arguments.get(0)));
      Object[] args = new Object[arguments.size() - 1];
      for (int i = 1; i < arguments.size(); i++) {
        args[i - 1] = DeepUnwrap.unwrap((TemplateModel) arguments.get(i));
      }
      try {
        return messages.format(key, args);
      } catch (MissingResourceException e) {
        throw new TemplateModelException(
            "No text for key '" + key + "' in " + messages.locale().toLanguageTag());
      }
    }
  }

  /**
   * Copies the named assets of one template folder into {@code toFolder}; returns the files
   * written.
   */
  public static List<Path> copyAssets(String fromFolder, List<String> names, Path toFolder)
      throws IOException {
    Files.createDirectories(toFolder);
    List<Path> out = new ArrayList<>();
    for (String name : names) {
      Path target = toFolder.resolve(name);
      copyAsset(fromFolder + "/" + name, target);
      out.add(target);
    }
    return out;
  }

  /**
   * Copies a static asset (path relative to the templates root, e.g. {@code site/assets/site.css})
   * to {@code target}: from the edited templates folder when one is set and holds it, else from the
   * classpath. Report and site share this so an edited asset shows without a rebuild.
   */
  public static void copyAsset(String relative, Path target) throws IOException {
    String folder = System.getProperty(FOLDER_PROPERTY);
    Path edited = folder == null ? null : Path.of(folder, relative);
    if (edited != null && Files.isRegularFile(edited)) {
      Files.copy(edited, target, StandardCopyOption.REPLACE_EXISTING);
      return;
    }
    String resource = CLASSPATH_ROOT + "/" + relative;
    try (InputStream in = Templates.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IOException("Missing asset " + resource + " on the classpath");
      }
      Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
    }
  }
}
