// A TypeDoc plugin for `pnpm reference`: an element's page lists what Shoplet adds, not the hundreds
// of members every element inherits from LitElement and HTMLElement (their own docs cover those).
import { Converter, ReflectionKind } from 'typedoc';

/** @param {import('typedoc').Application} app */
export function load(app) {
  app.converter.on(Converter.EVENT_RESOLVE_BEGIN, (context) => {
    const project = context.project;
    for (const member of project.getReflectionsByKind(ReflectionKind.ClassMember | ReflectionKind.Interface)) {
      const from = member.inheritedFrom?.reflection;
      const inheritedFromOutside = member.inheritedFrom && (!from || !project.getReflectionById(from.id));
      if (inheritedFromOutside) project.removeReflection(member);
    }
  });
}
