// "Vos textes": a .txt, a .pdf and a .docx dropped in are read (titles and authors from their metadata),
// built in the worker with progress, shown with their passages, kept across a reload, and nothing is
// requested beyond the site's own files.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { ownTextFiles, OWN_TEXTS } from '../fixtures/own-texts';
import { openExplorer, pickFiles, searchAndPick, sources, watchErrors } from './helpers';

test('three texts in three formats become a graph whose sources show each, kept after a reload', async ({ page, baseURL }) => {
  test.setTimeout(90_000);
  const errors = watchErrors(page);
  const requests: string[] = [];
  page.context().on('request', (request) => requests.push(request.url()));
  await openExplorer(page);

  await page.getByRole('button', { name: 'Vos textes' }).click();
  const dialog = page.getByRole('dialog', { name: 'Vos textes' });
  await expect(dialog.getByText('rien n’est envoyé nulle part')).toBeVisible();
  await pickFiles(page, await ownTextFiles());

  const { txt, pdf, docx } = OWN_TEXTS;
  await expect(dialog.getByLabel(`Titre de ${pdf.name}`)).toHaveValue(pdf.title);
  await expect(dialog.getByLabel(`Auteur de ${pdf.name}`)).toHaveValue(pdf.author);
  await expect(dialog.getByLabel(`Titre de ${docx.name}`)).toHaveValue(docx.title);
  await expect(dialog.getByLabel(`Auteur de ${docx.name}`)).toHaveValue(docx.author);
  await expect(dialog.getByLabel(`Titre de ${txt.name}`)).toHaveValue(txt.title);
  await dialog.getByLabel(`Titre de ${txt.name}`).fill('Les ateliers lyonnais');

  await dialog.getByRole('button', { name: 'Construire le graphe (3 textes)' }).click();
  await expect(dialog.getByRole('progressbar', { name: 'Progression' })).toBeVisible();
  await expect(dialog.getByRole('status')).toContainText(/Chargement du lexique français|Étape \d\/8/);

  // Built, stored, and opened in a new page load, which lists the new articles.
  await expect(page.getByRole('region', { name: 'Articles' })).toContainText('Les ateliers lyonnais', { timeout: 30_000 });
  await expect(page.getByRole('application', { name: /Graphe des concepts/ })).toBeVisible();
  const expectOwnGraph = async () => {
    await searchAndPick(page, 'économie circ', /économie circulaire/);
    await expect(sources(page).getByRole('heading', { level: 2 })).toHaveText('économie circulaire');
    for (const title of ['Les ateliers lyonnais', pdf.title, docx.title]) {
      const article = sources(page).getByRole('region', { name: title });
      await expect(article.locator('mark').first()).toHaveText(/économie circulaire/i);
    }
  };
  await expectOwnGraph();

  await page.reload();
  await expectOwnGraph();
  await page.getByRole('button', { name: 'Vos textes' }).click();
  const names = dialog.getByRole('region', { name: 'Mes graphes' }).getByRole('listitem');
  await expect(names.first()).toContainText('Corpus par défaut');
  await expect(names.nth(1)).toContainText('(affiché)');
  await dialog.getByRole('button', { name: 'Fermer' }).click();

  // Presenting shows this graph too, with the tour made from it.
  await page.getByRole('link', { name: 'Présenter' }).click();
  await expect(page.getByTestId('tour-caption')).toContainText('tirés de 3 articles');

  // The lexicon came from the worker's own fetch, which the watch sees; nothing went elsewhere.
  expect(requests.some((url) => url.endsWith('/lexicon/lexicon.json'))).toBe(true);
  expect(requests.filter((url) => !url.startsWith(`${baseURL}/`))).toEqual([]);
  expect(errors).toEqual([]);
});

test('unusable files are listed with their reason, a build can be cancelled, and my graphs renames, downloads and deletes', async ({ page, context }) => {
  test.setTimeout(90_000);
  const errors = watchErrors(page);
  // The lexicon is held back until the build has been cancelled, so the cancel always comes mid-build.
  let releaseLexicon = () => {};
  const lexiconHeld = new Promise<void>((resolve) => (releaseLexicon = resolve));
  await context.route('**/lexicon/lexicon.json', async (route) => {
    await lexiconHeld;
    await route.continue();
  });
  await openExplorer(page);
  await page.getByRole('button', { name: 'Vos textes' }).click();
  const dialog = page.getByRole('dialog', { name: 'Vos textes' });
  const [txt] = await ownTextFiles();
  await pickFiles(page, [txt, { name: 'tableur.xlsx', bytes: new Uint8Array([80, 75, 3, 4]) }, { name: 'vide.txt', bytes: new TextEncoder().encode('  \n') }]);
  await dialog.getByLabel('Ou collez un texte').fill('Le réemploi des matériaux\n\nLe réemploi des matériaux avance. L’économie circulaire aussi, dit Claire Dumas.');
  await dialog.getByRole('button', { name: 'Ajouter ce texte' }).click();
  const list = dialog.getByRole('region', { name: 'Textes à construire' });
  await expect(list.getByRole('listitem').filter({ hasText: 'tableur.xlsx' })).toContainText('Inutilisable : unsupported extension ".xlsx"');
  await expect(list.getByRole('listitem').filter({ hasText: 'vide.txt' })).toContainText('Inutilisable : empty (no text)');
  await expect(dialog.getByLabel('Titre de texte-01.txt')).toHaveValue('Le réemploi des matériaux');

  const build = dialog.getByRole('button', { name: 'Construire le graphe (2 textes)' });
  await build.click();
  await expect(dialog.getByRole('status')).toHaveText(/Chargement du lexique français/);
  await dialog.getByRole('button', { name: 'Annuler' }).click();
  await expect(dialog.getByRole('progressbar')).toHaveCount(0);
  await expect(dialog.getByRole('region', { name: 'Mes graphes' }).getByRole('listitem')).toHaveCount(1);
  releaseLexicon();

  await build.click();
  await expect(page.getByRole('region', { name: 'Articles' })).toContainText('Le réemploi des matériaux', { timeout: 30_000 });
  await page.getByRole('button', { name: 'Vos textes' }).click();
  const mine = dialog.getByRole('region', { name: 'Mes graphes' });
  const builtName = 'Atelier de Lyon (+1)';
  await mine.getByLabel(`Nom de ${builtName}`).fill('Réemploi');
  await mine.getByRole('button', { name: 'Renommer' }).click();
  await expect(mine.getByRole('listitem').nth(1)).toContainText('Réemploi (affiché)');

  const downloading = page.waitForEvent('download');
  await mine.getByRole('button', { name: 'Télécharger graph.json de Réemploi' }).click();
  const file = await downloading;
  expect(file.suggestedFilename()).toBe('graph.json');
  const graph = JSON.parse(readFileSync(await file.path(), 'utf8')) as { documents: { title: string }[] };
  expect(graph.documents.map((document) => document.title).sort()).toEqual(['Atelier de Lyon', 'Le réemploi des matériaux']);
  const downloadingGexf = page.waitForEvent('download');
  await mine.getByRole('button', { name: 'Télécharger GEXF de Réemploi' }).click();
  const gexf = await downloadingGexf;
  expect(gexf.suggestedFilename()).toBe('graph.gexf');
  expect(readFileSync(await gexf.path(), 'utf8')).toMatch(/^<\?xml[^]*<gexf[^]*économie circulaire/);

  await mine.getByRole('button', { name: 'Supprimer Réemploi' }).click();
  // The graph on screen is gone: the built-in one is back, and the list holds it alone.
  await expect(page.getByRole('region', { name: 'Articles' })).not.toContainText('Atelier de Lyon', { timeout: 30_000 });
  await page.getByRole('button', { name: 'Vos textes' }).click();
  await expect(mine.getByRole('listitem')).toHaveCount(1);
  await expect(mine.getByRole('listitem')).toContainText('Corpus par défaut (affiché)');
  expect(errors).toEqual([]);
});

test('files dropped on the panel and a folder picked are listed by their path, hidden files left out', async ({ page }) => {
  const errors = watchErrors(page);
  const folder = mkdtempSync(join(tmpdir(), 'mes-textes-'));
  mkdirSync(join(folder, '2024'));
  writeFileSync(join(folder, '2024', 'bilan.md'), '# Bilan\n\nL’économie circulaire progresse.');
  writeFileSync(join(folder, 'note.txt'), 'Note\n\nLe réemploi avance.');
  writeFileSync(join(folder, '.cache.txt'), 'caché');
  await openExplorer(page);
  await page.getByRole('button', { name: 'Vos textes' }).click();
  const dialog = page.getByRole('dialog', { name: 'Vos textes' });

  const transfer = await page.evaluateHandle(() => {
    const data = new DataTransfer();
    data.items.add(new File(['Déposé\n\nUn texte déposé sur le panneau.'], 'depose.txt', { type: 'text/plain' }));
    return data;
  });
  await dialog.getByRole('group', { name: /Déposez ici/ }).dispatchEvent('drop', { dataTransfer: transfer });
  await expect(dialog.getByLabel('Titre de depose.txt')).toHaveValue('Déposé');

  await dialog.getByLabel('Choisir un dossier').setInputFiles(folder);
  const name = basename(folder);
  await expect(dialog.getByLabel(`Titre de ${name}/2024/bilan.md`)).toHaveValue('Bilan');
  await expect(dialog.getByLabel(`Titre de ${name}/note.txt`)).toHaveValue('Note');
  await expect(dialog.getByRole('region', { name: 'Textes à construire' }).getByRole('listitem')).toHaveCount(3);
  rmSync(folder, { recursive: true, force: true });

  // The panel, with its list filled in, in both themes' contrast and names.
  for (const theme of ['light', 'dark']) {
    await page.evaluate((dark) => document.documentElement.setAttribute('data-theme', dark), theme);
    const results = await new AxeBuilder({ page }).include('dialog').analyze();
    const serious = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
    expect(serious.map((v) => `${theme} ${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
  }
  expect(errors).toEqual([]);
});

test('corrections (merge, rename, drop, type, keep out, a group\'s name and colour) are kept after a reload, a term is added from selected text, one correction is removed from the list and redone, and the CLI with their curation.json builds the same graph.json', async ({ page, baseURL }) => {
  test.setTimeout(180_000);
  const errors = watchErrors(page);
  const requests: string[] = [];
  page.context().on('request', (request) => requests.push(request.url()));
  const files = await ownTextFiles();
  await openExplorer(page);
  await page.getByRole('button', { name: 'Vos textes' }).click();
  const dialog = page.getByRole('dialog', { name: 'Vos textes' });
  await pickFiles(page, files);
  await dialog.getByRole('button', { name: 'Construire le graphe (3 textes)' }).click();
  await expect(page.getByRole('region', { name: 'Articles' })).toContainText('Atelier de Lyon', { timeout: 30_000 });

  const panel = sources(page);
  const correct = async (query: string, label: string, act: (section: ReturnType<Page['getByRole']>) => Promise<void>, next: string | null) => {
    // The option names the node, then the other forms it was found as ("aussi « atelier »"), then its type.
    await searchAndPick(page, query, new RegExp(`^${label}( aussi .*)? Concept$`));
    await expect(panel.getByRole('heading', { level: 2 })).toHaveText(label);
    // The rebuilt graph replaces the old one in place; the busy status, shown from the click on, goes once it
    // is on screen, so the next step never acts on the old graph.
    await act(panel.getByRole('region', { name: 'Corriger ce nœud' }));
    await expect(page.getByText('Recalcul du graphe avec la correction…')).toHaveCount(0, { timeout: 30_000 });
    if (next) await expect(panel.getByRole('heading', { level: 2 })).toHaveText(next, { timeout: 30_000 });
    else await expect(panel.getByRole('heading', { level: 2 })).not.toHaveText(label, { timeout: 30_000 });
  };
  await correct('atelier', 'ateliers', async (section) => {
    await section.getByLabel('Fusionner ateliers dans').fill('réparation des objets');
    await section.getByRole('button', { name: 'Fusionner' }).click();
  }, 'réparation des objets');
  await correct('économie', 'économie circulaire', async (section) => {
    await section.getByLabel('Nouveau nom de économie circulaire').fill('économie du cercle');
    await section.getByRole('button', { name: 'Renommer' }).click();
  }, 'économie du cercle');
  await correct('bureau', 'bureau', (section) => section.getByRole('button', { name: 'Retirer bureau du graphe' }).click(), null);
  await correct('marchés', 'marchés publics', async (section) => {
    await section.getByLabel('Type de marchés publics').selectOption({ label: 'Organisation' });
    await section.getByRole('button', { name: 'Changer le type' }).click();
  }, 'marchés publics');
  await correct('service', 'service mesure', (section) => section.getByRole('button', { name: 'Écarter « service mesure » pour de bon' }).click(), null);
  await correct('savoir', 'savoir-faire', (section) => section.getByRole('button', { name: 'Écarter « savoir-faire » pour de bon' }).click(), null);

  // A word the extractor missed, selected in a passage as a person would with the mouse, becomes a term.
  await searchAndPick(page, 'cercle', /économie du cercle/);
  await panel.getByText(/pour son mobilier/).first().evaluate((element) => {
    const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
    for (let text = walker.nextNode(); text; text = walker.nextNode()) {
      const start = text.textContent?.indexOf('mobilier') ?? -1;
      if (start < 0) continue;
      const range = document.createRange();
      range.setStart(text, start);
      range.setEnd(text, start + 'mobilier'.length);
      document.getSelection()?.removeAllRanges();
      document.getSelection()?.addRange(range);
      return;
    }
  });
  const addForm = panel.getByRole('form', { name: 'Ajouter un terme depuis le texte sélectionné' });
  await addForm.getByLabel('Type de « mobilier »').selectOption({ label: 'Concept' });
  await addForm.getByRole('button', { name: 'Ajouter comme terme' }).click();
  // The offer goes once the term is in the graph on screen.
  await expect(addForm).toHaveCount(0, { timeout: 30_000 });

  // The first group of the legend gets a name and a colour of the user's choosing.
  await page.getByText('Renommer ou recolorer les groupes').click();
  const groupName = page.getByRole('textbox', { name: /^Nom du groupe / }).first();
  const group = (await groupName.getAttribute('aria-label'))!.replace(/^Nom du groupe /, '');
  await groupName.fill('Cercle vertueux');
  await page.getByLabel(`Couleur du groupe ${group}`).fill('#123456');
  await page.getByRole('button', { name: `Appliquer au groupe ${group}` }).click();
  await expect(page.getByRole('checkbox', { name: /^Cercle vertueux \d+$/ })).toBeVisible({ timeout: 30_000 });

  await page.reload();
  await searchAndPick(page, 'cercle', /économie du cercle/);
  await expect(panel.locator('mark').first()).toHaveText(/économie circulaire/i);
  await page.getByRole('combobox', { name: 'Rechercher' }).fill('bureau');
  await expect(page.getByRole('option', { name: /^bureau/ })).toHaveCount(0);
  await page.getByRole('combobox', { name: 'Rechercher' }).fill('service');
  await expect(page.getByRole('option', { name: /^service mesure/ })).toHaveCount(0);
  await page.getByRole('combobox', { name: 'Rechercher' }).fill('marchés');
  await expect(page.getByRole('option', { name: /^marchés publics Organisation$/ })).toHaveCount(1);
  await page.getByRole('combobox', { name: 'Rechercher' }).fill('mobilier');
  await expect(page.getByRole('option', { name: /^mobilier Concept$/ })).toHaveCount(1);

  await page.getByRole('button', { name: 'Vos textes' }).click();
  const list = dialog.getByRole('region', { name: 'Corrections de ce graphe' }).getByRole('listitem');
  const made = [
    /^« ateliers » fusionné dans « réparation des objets »/,
    /^« économie circulaire » renommé « économie du cercle »/,
    /^« bureau » retiré/,
    /^« marchés publics » devient Organisation/,
    /^« service mesure » écarté pour de bon/,
    /^« savoir-faire » écarté pour de bon/,
    /^« mobilier » ajouté comme Concept/,
    /^Groupe « .+ » : nommé « Cercle vertueux », couleur #123456/
  ];
  await expect(list).toHaveText(made);
  // Removing one correction from the middle of the list rebuilds the graph without it alone; the list, and
  // the graph behind the dialog, follow without leaving the page.
  await list.nth(4).getByRole('button', { name: 'Annuler la correction 5' }).click();
  await expect(list).toHaveText(made.filter((_, index) => index !== 4), { timeout: 30_000 });
  await dialog.getByRole('button', { name: 'Fermer' }).click();
  await page.getByRole('combobox', { name: 'Rechercher' }).fill('service');
  await expect(page.getByRole('option', { name: /^service mesure Concept$/ })).toHaveCount(1);
  await page.getByRole('combobox', { name: 'Rechercher' }).fill('');
  await page.getByRole('button', { name: 'Vos textes' }).click();
  // Redo puts the removed correction back where it was in the list.
  await dialog.getByRole('button', { name: 'Rétablir : « service mesure » écarté pour de bon' }).click();
  await expect(list).toHaveText(made, { timeout: 30_000 });
  await expect(dialog.getByRole('button', { name: /^Rétablir/ })).toHaveCount(0);
  const curationDownload = page.waitForEvent('download');
  await dialog.getByRole('button', { name: 'Télécharger curation.json' }).click();
  const curationFile = await (await curationDownload).path();
  const graphDownload = page.waitForEvent('download');
  await dialog.getByRole('region', { name: 'Mes graphes' }).getByRole('button', { name: /^Télécharger graph\.json de Atelier de Lyon/ }).click();
  const browserGraph = readFileSync(await (await graphDownload).path());

  const folder = mkdtempSync(join(tmpdir(), 'own-texts-cli-'));
  mkdirSync(join(folder, 'corpus'));
  for (const file of files) writeFileSync(join(folder, 'corpus', file.name), file.bytes);
  execFileSync('npx', ['tsx', 'scripts/build-graph.ts', '--corpus', join(folder, 'corpus'), '--out', join(folder, 'out'), '--curation', curationFile], { stdio: 'pipe' });
  const cliGraph = readFileSync(join(folder, 'out', 'graph.json'));
  rmSync(folder, { recursive: true, force: true });
  expect(browserGraph.equals(cliGraph)).toBe(true);

  expect(requests.filter((url) => !url.startsWith(`${baseURL}/`))).toEqual([]);
  expect(errors).toEqual([]);
});
